package jp.tsunagu.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.audit.trail.QueryKeys;
import jp.tsunagu.provisioning.disaster.PersonalDataPurge;

/**
 * When a disaster instance is purged, its ledger goes: source records, persons, links, merges, provisions, exports,
 * whereabouts entries, import batches and rejected rows (file names and rows are personal data too). What stays are counts: how many
 * persons and records the ledger held, by source kind, how many imports, merges, provisions and exports there were,
 * how many whereabouts entries (by source) and how many persons were away from their home municipality at the end.
 * Running it again finds nothing left and counts nothing. The access log keeps its entries (they are the
 * evidence of who used the data, and hold ids, not data); the instance's query key is destroyed, so the digests of
 * names searched in it can no longer be tested (docs/audit.md, "Purge").
 */
@ApplicationScoped
public class LedgerPurge implements PersonalDataPurge {

    // Children before parents; every table is scoped by the disaster (rejected rows through their batch).
    private static final List<String> DELETIONS = List.of(
            "DELETE FROM ledger_person_summary WHERE disaster_id = ?1",
            "DELETE FROM ledger_summary_rebuild_due WHERE disaster_id = ?1",
            "DELETE FROM ledger_sharing_time WHERE disaster_id = ?1",
            "DELETE FROM ledger_outreach_delivery WHERE segment_id IN (SELECT id FROM ledger_outreach_segment WHERE disaster_id = ?1)",
            "DELETE FROM ledger_outreach_segment WHERE disaster_id = ?1",
            "DELETE FROM ledger_consent WHERE disaster_id = ?1",
            "DELETE FROM ledger_self_report WHERE disaster_id = ?1",
            "DELETE FROM ledger_provision WHERE disaster_id = ?1",
            "DELETE FROM ledger_export_person WHERE export_id IN (SELECT id FROM ledger_export WHERE disaster_id = ?1)",
            "DELETE FROM ledger_export WHERE disaster_id = ?1",
            "DELETE FROM ledger_record_link WHERE disaster_id = ?1",
            "DELETE FROM ledger_person_merge WHERE disaster_id = ?1",
            "DELETE FROM ledger_person WHERE disaster_id = ?1",
            "DELETE FROM ledger_whereabouts WHERE disaster_id = ?1",
            "DELETE FROM ledger_rejected_row WHERE batch_id IN (SELECT id FROM ledger_import_batch WHERE disaster_id = ?1)",
            "DELETE FROM ledger_source_record WHERE disaster_id = ?1",
            "DELETE FROM ledger_import_batch WHERE disaster_id = ?1");

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Override
    public Map<String, Long> purge(UUID disasterId) {
        Map<String, Long> figures = new TreeMap<>();
        figures.put("ledger.persons", count("SELECT count(*) FROM ledger_person WHERE disaster_id = ?1 AND absorbed_by_merge_id IS NULL",
                disasterId));
        figures.put("ledger.records", count("SELECT count(*) FROM ledger_source_record WHERE disaster_id = ?1", disasterId));
        figures.put("ledger.imports", count("SELECT count(*) FROM ledger_import_batch WHERE disaster_id = ?1", disasterId));
        figures.put("ledger.merges", count("SELECT count(*) FROM ledger_person_merge WHERE disaster_id = ?1", disasterId));
        figures.put("ledger.provisions", count("SELECT count(*) FROM ledger_provision WHERE disaster_id = ?1", disasterId));
        figures.put("ledger.exports", count("SELECT count(*) FROM ledger_export WHERE disaster_id = ?1", disasterId));
        @SuppressWarnings("unchecked")
        List<Object[]> byKind = em.createNativeQuery("SELECT source_kind, count(*) FROM ledger_source_record"
                + " WHERE disaster_id = ?1 GROUP BY source_kind").setParameter(1, disasterId).getResultList();
        byKind.forEach(row -> figures.put("ledger.records." + row[0], ((Number) row[1]).longValue()));
        figures.put("ledger.whereabouts.entries", count("SELECT count(*) FROM ledger_whereabouts WHERE disaster_id = ?1", disasterId));
        @SuppressWarnings("unchecked")
        List<Object[]> bySource = em.createNativeQuery("SELECT source, count(*) FROM ledger_whereabouts"
                + " WHERE disaster_id = ?1 GROUP BY source").setParameter(1, disasterId).getResultList();
        bySource.forEach(row -> figures.put("ledger.whereabouts." + row[0], ((Number) row[1]).longValue()));
        // How many persons ended the instance away from their home municipality: the figure wide-area evacuation is judged by.
        figures.put("ledger.whereabouts.awayFromHome", count("SELECT count(*) FROM ledger_person_summary WHERE disaster_id = ?1"
                + " AND current_municipality_code IS NOT NULL AND municipality_code IS NOT NULL"
                + " AND current_municipality_code <> municipality_code", disasterId));
        em.flush();
        DELETIONS.forEach(sql -> em.createNativeQuery(sql).setParameter(1, disasterId).executeUpdate());
        try {
            QueryKeys.shred(em.unwrap(Connection.class), disasterId);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit query key of the instance could not be destroyed", e);
        }
        return figures;
    }

    private long count(String sql, UUID disasterId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, disasterId).getSingleResult()).longValue();
    }
}
