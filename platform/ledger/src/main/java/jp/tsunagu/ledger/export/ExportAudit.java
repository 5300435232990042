package jp.tsunagu.ledger.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.LedgerField;

/**
 * Records an export before its first byte leaves (in the request's transaction, committed before the file is
 * streamed): who, when, why, in which encoding, which items, whether 個人番号 and for which 利用事務, and every person it
 * contains. The persons are copied inside the database with one INSERT … SELECT: for a ledger of hundreds of
 * thousands of persons no row travels to the application, which is faster than COPY from it. The stream then
 * exports exactly these persons and marks the export completed with the number of rows written.
 */
@ApplicationScoped
public class ExportAudit {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    Clock clock;

    public record Started(UUID exportId, long persons) {
    }

    public Started record(UUID disasterId, String purpose, CsvEncoding encoding, List<LedgerField> items,
                          Optional<String> myNumberBasis, PersonScope scope, Actor by) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO ledger_export (id, disaster_id, purpose, encoding, items, my_number_basis,"
                        + " person_count, exported_by_subject, exported_by_username, exported_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9)")
                .setParameter(1, id).setParameter(2, disasterId).setParameter(3, purpose)
                .setParameter(4, encoding.name())
                .setParameter(5, items.stream().map(LedgerField::id).collect(Collectors.joining(",")))
                .setParameter(6, myNumberBasis.orElse(null))
                .setParameter(7, by.subject()).setParameter(8, by.username())
                .setParameter(9, Timestamp.from(now))
                .executeUpdate();
        long persons = recordPersons(id, disasterId, scope);
        em.createNativeQuery("UPDATE ledger_export SET person_count = ?1 WHERE id = ?2")
                .setParameter(1, persons).setParameter(2, id)
                .executeUpdate();
        return new Started(id, persons);
    }

    // Persons that are themselves (not absorbed), have a record and are in the caller's scope: every row the file holds.
    private long recordPersons(UUID exportId, UUID disasterId, PersonScope scope) {
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ledger_export_person (export_id, person_id)"
                + " SELECT ?, p.id FROM ledger_person p WHERE p.disaster_id = ? AND p.absorbed_by_merge_id IS NULL"
                + " AND EXISTS (SELECT 1 FROM ledger_record_link l WHERE l.person_id = p.id AND l.state = 'ACTIVE')"
                + (scope.everyone() ? "" : " AND EXISTS (SELECT 1 FROM ledger_person_summary s WHERE s.person_id = p.id"
                + " AND " + scope.sql() + ")"))) {
            insert.setObject(1, exportId);
            insert.setObject(2, disasterId);
            scope.bind(db, insert, 3);
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording an export's persons failed (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
