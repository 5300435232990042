package jp.tsunagu.audit.trail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How values that are personal data, or not this tenant's, appear in the log.
 * <ul>
 *   <li>A searched name, address or birth date: {@code hmac:} and the first 32 hex digits of HMAC-SHA-256 under the
 *   disaster instance's query key ({@link QueryKeys}), over the NFKC-normalised, space-free text. Two searches for
 *   the same text give the same digest (patterns stay visible), the text itself does not appear, and without the key
 *   a name cannot be tried against it (names are few enough to try them all against a plain hash). Purging the
 *   instance destroys its key, and its digests become unlinkable.</li>
 *   <li>An id asked for that this tenant does not hold (another tenant's disaster or person, or a guess):
 *   {@code sha256:} and the SHA-256 of the id as typed. Ids are random, so the digest hides nothing from whoever holds
 *   the id — the other tenant can check it — and shows this tenant's admin nothing that is not theirs.</li>
 * </ul>
 */
public final class Digests {

    private static final HexFormat HEX = HexFormat.of();

    private Digests() {
    }

    public static String ofQueryValue(byte[] key, String value) {
        String normal = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "hmac:" + HEX.formatHex(mac.doFinal(normal.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public static String ofForeignId(String id) {
        try {
            return "sha256:" + HEX.formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
