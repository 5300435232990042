package jp.tsunagu.ledger.mynumber;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts and decrypts 個人番号 with AES-256-GCM. The key id is authenticated with the ciphertext (AAD), so a
 * ciphertext relabelled with another key id fails instead of decrypting to garbage. Thread-safe.
 */
public final class MyNumberCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MyNumberKeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public MyNumberCipher(MyNumberKeyRing keys) {
        this.keys = keys;
    }

    public EncryptedMyNumber encrypt(MyNumber number) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        String keyId = keys.currentKeyId();
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(keyId));
            byte[] sealed = cipher.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
            return new EncryptedMyNumber(keyId, ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypting a my number failed", e);
        }
    }

    /** Decrypts; fails if the key is no longer in the ring or the ciphertext was tampered with. */
    public MyNumber decrypt(EncryptedMyNumber encrypted) {
        SecretKey key = keys.key(encrypted.keyId())
                .orElseThrow(() -> new IllegalStateException("my-number key " + encrypted.keyId() + " is not in the key ring"));
        byte[] sealed = encrypted.cipher();
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(aad(encrypted.keyId()));
            byte[] digits = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            return MyNumber.parse(new String(digits, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a my number could not be decrypted (wrong key or altered)");
        }
    }

    /** Whether the number is under an older key than the current one. */
    public boolean needsRotation(EncryptedMyNumber encrypted) {
        return !encrypted.keyId().equals(keys.currentKeyId());
    }

    /** Re-encrypts under the current key (unchanged if it already is). */
    public EncryptedMyNumber rotate(EncryptedMyNumber encrypted) {
        return needsRotation(encrypted) ? encrypt(decrypt(encrypted)) : encrypted;
    }

    private static byte[] aad(String keyId) {
        return ("tsunagu-my-number:" + keyId).getBytes(StandardCharsets.US_ASCII);
    }
}
