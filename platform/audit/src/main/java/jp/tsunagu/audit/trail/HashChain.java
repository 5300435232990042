package jp.tsunagu.audit.trail;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's arithmetic: {@code hash = SHA-256(previous hash (32 bytes) ‖ canonical encoding)}, lowercase hex, the
 * first entry's previous hash being 64 zeros. The canonical encoding (version 1) is the text {@code tsunagu-audit-1}
 * followed by every field in a fixed order — seq, time, chain, actor subject, username, tenant, capacity, roles,
 * scope, action, disaster, the number of subjects and each subject, query, items, basis, outcome, refusal, reference —
 * each written as a 4-byte big-endian length and its UTF-8 bytes (length −1 for an absent value; numbers as decimal
 * text; the time as {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ}, PostgreSQL's precision). Lengths make it unambiguous: no
 * value can imitate a field boundary. docs/audit.md describes it for anyone re-checking a chain without this code.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "tsunagu-audit-1";
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {
    }

    /** An instant as the log stores it: truncated to microseconds, as PostgreSQL keeps timestamps. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(String previousHash, AuditEntry entry) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HEX.parseHex(previousHash));
            sha.update(encode(entry));
            return HEX.formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] encode(AuditEntry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        field(out, VERSION);
        field(out, Long.toString(e.seq()));
        field(out, MICROS.format(e.recordedAt()));
        field(out, e.chain());
        field(out, e.actor().subject());
        field(out, e.actor().username());
        field(out, e.actor().tenant().orElse(null));
        field(out, e.actor().capacity());
        field(out, e.actor().roles());
        field(out, e.actor().scope());
        field(out, e.action());
        field(out, e.disaster());
        field(out, Integer.toString(e.subjects().size()));
        e.subjects().forEach(subject -> field(out, subject));
        field(out, e.query());
        field(out, e.items());
        field(out, e.basis());
        field(out, e.outcome().name());
        field(out, e.refusal());
        field(out, e.reference());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
