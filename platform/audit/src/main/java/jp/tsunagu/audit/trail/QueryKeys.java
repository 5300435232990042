package jp.tsunagu.audit.trail;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The HMAC key of each disaster instance's searched values ({@link Digests#ofQueryValue}), made on first use and
 * destroyed when the instance is purged: from then on nobody can test a name against that instance's log entries,
 * while the entries themselves (and so the chain) stay exactly as written.
 */
public final class QueryKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryKeys() {
    }

    public static byte[] of(Connection connection, UUID disasterId) throws SQLException {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_query_key (disaster_id, secret,"
                + " created_at) VALUES (?, ?, ?) ON CONFLICT (disaster_id) DO NOTHING")) {
            insert.setObject(1, disasterId);
            insert.setBytes(2, fresh);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT secret FROM audit_query_key WHERE disaster_id = ?")) {
            select.setObject(1, disasterId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    /** Destroys the instance's key; returns whether there was one. */
    public static boolean shred(Connection connection, UUID disasterId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_query_key WHERE disaster_id = ?")) {
            delete.setObject(1, disasterId);
            return delete.executeUpdate() > 0;
        }
    }
}
