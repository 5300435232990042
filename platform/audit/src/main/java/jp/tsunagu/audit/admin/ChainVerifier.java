package jp.tsunagu.audit.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.audit.trail.AuditActor;
import jp.tsunagu.audit.trail.ChainStore;
import jp.tsunagu.audit.trail.ChainVerification;

/**
 * Verifies the tenant's chain and keeps the result (counts, head, first broken link: no entry content) in
 * {@code audit_verification}. The head hash also goes to the application log: a copy outside the database that a
 * wholesale rewrite of the chain could not reproduce (docs/audit.md, "What it cannot protect against").
 */
@ApplicationScoped
public class ChainVerifier {

    private static final System.Logger LOG = System.getLogger(ChainVerifier.class.getName());

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    Clock clock;

    /** The stored result of a verification. */
    public record Result(String id, Instant verifiedAt, String verifiedBy, long entries, boolean intact, long headSeq,
                         String headHash, Long brokenAtSeq, String problem) {
    }

    /** Walks the chain in the caller's tenant transaction and records the result. */
    public Result verify(String chain, AuditActor by) {
        Connection connection = em.unwrap(Connection.class);
        try {
            ChainVerification walked = new ChainStore(connection).verify();
            Result result = new Result(UUID.randomUUID().toString(), clock.instant(), by.username(), walked.entries(),
                    walked.intact(), walked.headSeq(), walked.headHash(),
                    walked.brokenAt().isPresent() ? walked.brokenAt().getAsLong() : null, walked.problem().orElse(null));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_verification (id, verified_at,"
                    + " verified_by_subject, verified_by_username, entries, intact, head_seq, head_hash, broken_at_seq,"
                    + " problem) VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, result.id());
                insert.setTimestamp(2, Timestamp.from(result.verifiedAt()));
                insert.setString(3, by.subject());
                insert.setString(4, by.username());
                insert.setLong(5, result.entries());
                insert.setBoolean(6, result.intact());
                insert.setLong(7, result.headSeq());
                insert.setString(8, result.headHash());
                insert.setObject(9, result.brokenAtSeq());
                insert.setString(10, result.problem());
                insert.executeUpdate();
            }
            LOG.log(result.intact() ? System.Logger.Level.INFO : System.Logger.Level.ERROR,
                    "Audit chain of tenant {0}: {1} entries, intact {2}, head {3} {4}{5}", chain, result.entries(),
                    result.intact(), result.headSeq(), result.headHash(),
                    result.intact() ? "" : ", first broken at " + result.brokenAtSeq() + " (" + result.problem() + ")");
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("the audit chain could not be verified", e);
        }
    }

    /** The latest stored result, in the caller's tenant transaction. */
    public Optional<Result> latest() {
        try (PreparedStatement select = em.unwrap(Connection.class).prepareStatement("SELECT id, verified_at,"
                + " verified_by_username, entries, intact, head_seq, head_hash, broken_at_seq, problem"
                + " FROM audit_verification ORDER BY verified_at DESC LIMIT 1");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            long broken = row.getLong(8);
            Long brokenAt = row.wasNull() ? null : broken;
            return Optional.of(new Result(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3),
                    row.getLong(4), row.getBoolean(5), row.getLong(6), row.getString(7), brokenAt, row.getString(9)));
        } catch (SQLException e) {
            throw new IllegalStateException("the audit verifications could not be read", e);
        }
    }
}
