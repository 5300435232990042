package jp.tsunagu.ledger.sharing.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.provisioning.agreements.AgreementAccepted;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * The sharing KPIs of a tenant (the home): first reads as they happen, what an agreement's acceptance makes visible,
 * and the distributions and per-person timings the home's prefecture and municipalities read. Arrival and visibility
 * of records are written by {@code PersonSummaries} with every summary change ({@link SharingTimeTable}).
 */
@ApplicationScoped
public class SharingTimes {

    private static final Logger LOG = Logger.getLogger(SharingTimes.class.getName());

    // The person a case entry's case belongs to now: its own person, or the survivor of the merges that absorbed them.
    private static final String CASE_PERSON_NOW = " LEFT JOIN LATERAL (WITH RECURSIVE up(id, depth) AS"
            + " (SELECT t.person_id, 0 WHERE t.subject = 'CASE_ENTRY'"
            + " UNION ALL SELECT m.survivor_id, up.depth + 1 FROM up JOIN ledger_person p ON p.id = up.id"
            + " JOIN ledger_person_merge m ON m.id = p.absorbed_by_merge_id)"
            + " SELECT id AS person_id FROM up ORDER BY depth DESC LIMIT 1) c ON TRUE";

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    TenantWork work;

    @Inject
    LedgerAccess access;

    /** A host municipality's staff read the person's entry (through an agreement or inside the prefecture). */
    public void readByHost(UUID personId, Set<MunicipalityCode> hostArea) {
        if (!hostArea.isEmpty()) {
            mark(Direction.TO_HOST, personId, hostArea);
        }
    }

    /**
     * Someone of the home tenant read the person's ledger entry: the home side (prefecture, home municipality) reads
     * what hosts added (KPI ②); a host municipality of the prefecture reads what reached it (KPI ①).
     */
    public void readInLedger(UUID disasterId, UUID personId) {
        switch (access.capacity(disasterId)) {
            case PREFECTURE, AFFECTED_MUNICIPALITY -> mark(Direction.TO_HOME, personId, Set.of());
            case HOST_MUNICIPALITY -> readByHost(personId, access.municipalities(disasterId,
                    ScopeKind.HOST_MUNICIPALITY));
            default -> {
                // support workers do not read ledger entries
            }
        }
    }

    /** A host municipality added an entry to a support case, in the home's transaction: visible at home as it commits. */
    public void hostCaseEntry(HostCaseEntry entry) {
        try {
            SharingTimeTable.recordCaseEntry(em.unwrap(Connection.class), entry);
        } catch (SQLException e) {
            throw new IllegalStateException("recording a host's case entry failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Someone of the home tenant read the person's support case: the home side reads what hosts added to it (KPI ②).
     * Hosts' and support workers' reads count for nothing here.
     */
    public void caseRead(UUID disasterId, UUID personId) {
        Accessor capacity = access.capacity(disasterId);
        if (capacity != Accessor.PREFECTURE && capacity != Accessor.AFFECTED_MUNICIPALITY) {
            return;
        }
        try {
            SharingTimeTable.markCaseEntriesRead(em.unwrap(Connection.class), disasterId, personId);
        } catch (SQLException e) {
            throw new IllegalStateException("recording a first read failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /**
     * In the host's accepting transaction: the home's persons now in the covered area become visible to the host,
     * written in a transaction bound to the home. A failure here is logged and does not undo the acceptance: sharing
     * matters more than its measurement.
     */
    void accepted(@Observes AgreementAccepted agreement) {
        try {
            int rows = work.run(agreement.home(), () -> SharingTimeTable.recordAccepted(em.unwrap(Connection.class),
                    agreement.agreementId(), agreement.disasterId(), agreement.host(), agreement.hostMunicipalities(),
                    agreement.visibleFrom()));
            LOG.fine(() -> "agreement " + agreement.agreementId() + ": " + rows + " records became visible");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sharing times of agreement " + agreement.agreementId() + " not recorded", e);
        }
    }

    /** The distribution of visibility times and of first-read times over the filtered timings of the scope. */
    public SharingTimeReport report(SharingTimeFilter filter, PersonScope scope) {
        Longs visible = new Longs();
        Longs read = new Longs();
        timings(filter, scope, (visibleAt, visibleMillis, readMillis) -> {
            visible.add(visibleMillis);
            if (readMillis != null) {
                read.add(readMillis);
            }
        });
        return new SharingTimeReport(filter.disasterId(), filter.direction().slug(),
                filter.hostPrefecture().map(p -> p.value()).orElse(null),
                filter.hostMunicipality().map(MunicipalityCode::value).orElse(null), filter.from().orElse(null),
                filter.until().orElse(null), TimeDistribution.of(visible.toArray()), TimeDistribution.of(read.toArray()));
    }

    /** The same timings period by period, by when they became visible. */
    public SharingTimeSeries series(SharingTimeFilter filter, SeriesInterval interval, PersonScope scope) {
        SharingTimeSeries.Builder periods = new SharingTimeSeries.Builder(interval);
        timings(filter, scope, periods::add);
        return new SharingTimeSeries(filter.disasterId(), filter.direction().slug(),
                filter.hostPrefecture().map(p -> p.value()).orElse(null),
                filter.hostMunicipality().map(MunicipalityCode::value).orElse(null), interval.slug(),
                SeriesInterval.JAPAN.getId(), periods.build());
    }

    private interface Timings {
        void add(Instant visibleAt, long visibleMillis, Long readMillis);
    }

    private void timings(SharingTimeFilter filter, PersonScope scope, Timings into) {
        // Whole milliseconds, cut off as Duration.toMillis cuts them, so a person's timings and the report agree.
        StringBuilder sql = new StringBuilder("SELECT t.visible_at,"
                + " floor(extract(epoch FROM t.visible_at - t.arrived_at) * 1000)::bigint,"
                + " floor(extract(epoch FROM t.first_read_at - t.arrived_at) * 1000)::bigint FROM ledger_sharing_time t");
        if (!scope.everyone()) {
            sql.append(" LEFT JOIN ledger_record_link l ON t.subject = 'RECORD' AND l.record_id = t.subject_id"
                    + " AND l.state = 'ACTIVE'").append(CASE_PERSON_NOW)
                    .append(" JOIN ledger_person_summary s ON s.person_id = coalesce(l.person_id, c.person_id) AND ")
                    .append(scope.sql());
        }
        sql.append(" WHERE t.disaster_id = ? AND t.direction = ?");
        filter.hostPrefecture().ifPresent(p -> sql.append(" AND t.host_prefecture = ?"));
        filter.hostMunicipality().ifPresent(m -> sql.append(" AND (t.host_municipality = ? OR t.host_city = ?)"));
        filter.from().ifPresent(f -> sql.append(" AND t.visible_at >= ?"));
        filter.until().ifPresent(u -> sql.append(" AND t.visible_at < ?"));
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement query = db.prepareStatement(sql.toString())) {
            int index = scope.bind(db, query, 1);
            query.setObject(index++, filter.disasterId());
            query.setString(index++, filter.direction().name());
            if (filter.hostPrefecture().isPresent()) {
                query.setString(index++, filter.hostPrefecture().get().value());
            }
            if (filter.hostMunicipality().isPresent()) {
                query.setString(index++, filter.hostMunicipality().get().value());
                query.setString(index++, filter.hostMunicipality().get().value());
            }
            if (filter.from().isPresent()) {
                query.setTimestamp(index++, Timestamp.from(filter.from().get()));
            }
            if (filter.until().isPresent()) {
                query.setTimestamp(index, Timestamp.from(filter.until().get()));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long firstRead = rows.getLong(3);
                    into.add(rows.getTimestamp(1).toInstant(), rows.getLong(2), rows.wasNull() ? null : firstRead);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading sharing times failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Every timing of the person's current records and of the entries hosts added to their support history (their
     * case and the cases of everyone merged into them), in order of visibility.
     */
    public List<PersonSharingTime> ofPerson(UUID disasterId, UUID personId) {
        try {
            return SharingTimeTable.ofPerson(em.unwrap(Connection.class), disasterId, personId);
        } catch (SQLException e) {
            throw new IllegalStateException("reading a person's sharing times failed (SQL state " + e.getSQLState() + ")",
                    e);
        }
    }

    private void mark(Direction direction, UUID personId, Set<MunicipalityCode> hosts) {
        try {
            SharingTimeTable.markRead(em.unwrap(Connection.class), direction, personId, hosts);
        } catch (SQLException e) {
            throw new IllegalStateException("recording a first read failed (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
