package jp.tsunagu.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.provisioning.disaster.PersonalDataPurge;

/**
 * When a disaster instance is purged, its support cases go: entries (notes are personal data), handovers and cases.
 * What stays are counts: cases, entries by kind, needs by category, transfers. Running it again counts nothing.
 */
@ApplicationScoped
public class SupportPurge implements PersonalDataPurge {

    private static final List<String> DELETIONS = List.of(
            "DELETE FROM support_case_entry WHERE disaster_id = ?1",
            "DELETE FROM support_case_handover WHERE disaster_id = ?1",
            "DELETE FROM support_case WHERE disaster_id = ?1");

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Override
    public Map<String, Long> purge(UUID disasterId) {
        Map<String, Long> figures = new TreeMap<>();
        figures.put("support.cases", count("SELECT count(*) FROM support_case WHERE disaster_id = ?1", disasterId));
        figures.put("support.transfers", count("SELECT count(*) FROM support_case_handover WHERE disaster_id = ?1"
                + " AND from_kind IS NOT NULL", disasterId));
        grouped("SELECT kind, count(*) FROM support_case_entry WHERE disaster_id = ?1 GROUP BY kind", "support.entries.",
                disasterId, figures);
        grouped("SELECT need_category, count(*) FROM support_case_entry WHERE disaster_id = ?1 AND kind = 'NEED'"
                + " GROUP BY need_category", "support.needs.", disasterId, figures);
        em.flush();
        DELETIONS.forEach(sql -> em.createNativeQuery(sql).setParameter(1, disasterId).executeUpdate());
        return figures;
    }

    private void grouped(String sql, String prefix, UUID disasterId, Map<String, Long> figures) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, disasterId).getResultList();
        rows.forEach(row -> figures.put(prefix + row[0], ((Number) row[1]).longValue()));
    }

    private long count(String sql, UUID disasterId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, disasterId).getSingleResult()).longValue();
    }
}
