package jp.tsunagu.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.provisioning.figures.VictimDataFigures;

/** The ledger's counts for the operator plane: how many, never who. Runs in a transaction bound to the tenant. */
@ApplicationScoped
public class LedgerFigures implements VictimDataFigures {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Override
    public Counts countsInCurrentTenant() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                + " (SELECT count(*) FROM ledger_person WHERE absorbed_by_merge_id IS NULL),"
                + " (SELECT count(*) FROM ledger_source_record),"
                + " (SELECT count(*) FROM ledger_import_batch WHERE status = 'RUNNING'),"
                + " (SELECT count(*) FROM ledger_import_batch WHERE status = 'FAILED')").getSingleResult();
        return new Counts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    @Override
    public long personsRecordedBefore(Instant end) {
        return number(em.createNativeQuery("SELECT count(*) FROM ledger_person WHERE absorbed_by_merge_id IS NULL"
                + " AND created_at < ?1").setParameter(1, OffsetDateTime.ofInstant(end, ZoneOffset.UTC)).getSingleResult());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
