package jp.tsunagu.stack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as Keycloak's default OTP policy makes them: HMAC-SHA1, 6 digits,
 * 30-second steps from the Unix epoch. The key never appears in {@link #toString()}.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;

    private static final String BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final byte[] key;

    private Totp(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("an OTP key must not be empty");
        }
        this.key = key.clone();
    }

    /** From the raw HMAC key. */
    public static Totp fromKey(byte[] key) {
        return new Totp(Objects.requireNonNull(key, "key"));
    }

    /**
     * From Keycloak's {@code totpSecret} (the hidden field of its TOTP-setup form, or the {@code secretData}
     * value of an otp credential): Keycloak uses the ASCII bytes of that string as the HMAC key.
     */
    public static Totp fromKeycloakSecret(String totpSecret) {
        Objects.requireNonNull(totpSecret, "totpSecret");
        return new Totp(totpSecret.getBytes(StandardCharsets.US_ASCII));
    }

    /** From the base32 key shown to people (spaces, case and padding do not matter). */
    public static Totp fromBase32(String base32) {
        return new Totp(decodeBase32(Objects.requireNonNull(base32, "base32")));
    }

    /** The 6-digit code valid at {@code time}. */
    public String codeAt(Instant time) {
        return codeAt(time, DIGITS);
    }

    /** The code with {@code digits} digits (RFC 6238 allows 6 to 8) for the 30-second step containing {@code time}. */
    public String codeAt(Instant time, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits must be 6, 7 or 8");
        }
        long step = Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS);
        byte[] hash = hmacSha1(longToBytes(step));
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int otp = binary % POWERS_OF_TEN[digits];
        return String.format("%0" + digits + "d", otp);
    }

    public String now() {
        return codeAt(Instant.now());
    }

    private byte[] hmacSha1(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    private static byte[] longToBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) (value & 0xff);
            value >>>= 8;
        }
        return bytes;
    }

    static byte[] decodeBase32(String text) {
        String clean = text.replace(" ", "").replace("=", "").toUpperCase();
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32_ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not a base32 character at position " + index);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return Arrays.copyOf(out, index);
    }

    @Override
    public String toString() {
        return "Totp[HmacSHA1, " + DIGITS + " digits, " + PERIOD_SECONDS + " s]";
    }
}
