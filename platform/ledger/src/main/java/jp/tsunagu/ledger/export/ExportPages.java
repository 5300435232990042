package jp.tsunagu.ledger.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.tsunagu.ledger.person.LinkState;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.ledger.view.LedgerViewDerivation;
import jp.tsunagu.tenants.access.TenantSchemaBinding;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Reads the persons of a recorded export page by page (a page of persons, their records in one query, their views
 * derived) and hands each page to the writer, never holding more than a page. One transaction for the whole file, at
 * REPEATABLE READ: every page sees the ledger as it was when the export began, so a merge made meanwhile cannot put
 * a record in the file twice or leave it out. The persistence context is cleared after each page.
 */
@ApplicationScoped
public class ExportPages {

    static final int PAGE = 500;
    private static final UUID FIRST = new UUID(0, 0);

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    TenantSchemaBinding binding;

    @Inject
    Clock clock;

    /** A person's entry and the latest time any of their records speaks for. */
    public record Entry(LedgerView view, Instant latest) {
    }

    /** Streams the export's persons in id order to {@code page}; returns how many rows were handed over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long stream(PrefectureCode tenant, UUID exportId, Consumer<List<Entry>> page) {
        repeatableRead();
        binding.bind(tenant);
        long rows = 0;
        UUID after = FIRST;
        while (true) {
            @SuppressWarnings("unchecked")
            List<UUID> persons = em.createNativeQuery("SELECT person_id FROM ledger_export_person WHERE export_id = ?1"
                            + " AND person_id > ?2 ORDER BY person_id LIMIT " + PAGE)
                    .setParameter(1, exportId).setParameter(2, after)
                    .getResultList();
            if (persons.isEmpty()) {
                break;
            }
            List<Entry> entries = entries(persons);
            page.accept(entries);
            rows += entries.size();
            after = persons.getLast();
            em.clear();
        }
        em.createNativeQuery("UPDATE ledger_export SET completed_at = ?1, rows_written = ?2 WHERE id = ?3")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, rows).setParameter(3, exportId)
                .executeUpdate();
        return rows;
    }

    private List<Entry> entries(List<UUID> persons) {
        Map<UUID, List<SourceRecord>> records = new HashMap<>();
        em.createQuery("select l.personId, r from RecordLink l, SourceRecord r where r.id = l.recordId"
                        + " and l.state = :active and l.personId in :persons", Object[].class)
                .setParameter("active", LinkState.ACTIVE)
                .setParameter("persons", persons)
                .getResultList()
                .forEach(row -> records.computeIfAbsent((UUID) row[0], p -> new ArrayList<>()).add((SourceRecord) row[1]));
        List<Entry> entries = new ArrayList<>(persons.size());
        for (UUID person : persons) {
            List<SourceRecord> linked = records.getOrDefault(person, List.of());
            if (!linked.isEmpty()) {
                Instant latest = linked.stream().map(r -> r.provenance().effectiveAt()).max(Comparator.naturalOrder())
                        .orElseThrow();
                entries.add(new Entry(LedgerViewDerivation.derive(person, linked), latest));
            }
        }
        return entries;
    }

    // Must be the transaction's first statement; it sets this transaction only, nothing stays on the pooled connection.
    private void repeatableRead() {
        try (Statement statement = em.unwrap(Connection.class).createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the export in one snapshot (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
