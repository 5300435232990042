package jp.tsunagu.ledger.sharing.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Writes {@code ledger_sharing_time} as the events happen, in the transaction that makes something visible, on its
 * own connection (bound to the home tenant). A row per subject (a record, or an entry a host added to a support
 * case), direction and host municipality, written once
 * ({@code ON CONFLICT DO NOTHING}): the first moment counts. Times of visibility are the database's clock at the end
 * of that transaction's work, never earlier than the record's arrival.
 * <p>
 * What counts as visible to a host is what {@code PersonScope} and {@code AgreementAccess} let it read: the person's
 * current whereabouts is in the host municipality, which is another municipality of the home prefecture, or is in
 * another prefecture covered by an agreement in force for the disaster instance.
 */
public final class SharingTimeTable {

    private static final String COLUMNS = "INSERT INTO ledger_sharing_time (subject_id, direction, host_municipality,"
            + " host_city, host_prefecture, disaster_id, person_id, via, agreement_id, arrived_at, visible_at) ";

    // What a host added is its own: it is measured the other way (TO_HOME), never as reaching a host.
    private static final String NOT_A_HOST_ADDITION = " AND r.source_kind <> 'HOST_REPORT' AND NOT EXISTS"
            + " (SELECT 1 FROM ledger_whereabouts w WHERE w.record_id = r.id AND w.source = 'HOST_UPDATE')";

    // KPI ①: every record of these persons a host now sees for the first time (their present municipality is a host).
    // An accepted agreement whose period starts later makes them visible at its start (greatest ignores a null).
    private static final String TO_HOST = COLUMNS
            + "SELECT r.id, 'TO_HOST', s.current_municipality_code, s.current_city_code,"
            + " left(s.current_municipality_code, 2), s.disaster_id, s.person_id,"
            + " CASE WHEN a.id IS NULL THEN 'PREFECTURE' ELSE 'AGREEMENT' END, a.id, r.received_at,"
            + " greatest(r.received_at, clock_timestamp(), a.valid_from)"
            + " FROM ledger_person_summary s"
            + " JOIN ledger_record_link l ON l.person_id = s.person_id AND l.state = 'ACTIVE'"
            + " JOIN ledger_source_record r ON r.id = l.record_id"
            + " LEFT JOIN LATERAL (SELECT g.id, g.valid_from FROM registry.sharing_agreement g"
            + "   WHERE g.disaster_id = s.disaster_id"
            + "   AND g.home_prefecture = ? AND g.host_prefecture = left(s.current_municipality_code, 2)"
            + "   AND g.status = 'ACCEPTED' AND g.valid_until > clock_timestamp()"
            + "   AND (g.host_municipalities = '' OR s.current_municipality_code::text"
            + "        = ANY(string_to_array(g.host_municipalities, ',')))"
            + "   ORDER BY g.valid_from, g.decided_at, g.id LIMIT 1) a ON TRUE"
            + " WHERE s.person_id = ANY(?) AND s.current_municipality_code IS NOT NULL"
            + " AND ((left(s.current_municipality_code, 2) = ? AND s.current_city_code IS DISTINCT FROM s.city_code)"
            + "      OR a.id IS NOT NULL)"
            + NOT_A_HOST_ADDITION
            + " ON CONFLICT DO NOTHING RETURNING 1";

    // KPI ②: additions by host municipalities to these persons, visible at home as they commit.
    private static final String TO_HOME = COLUMNS
            + "SELECT r.id, 'TO_HOME', h.code, NULL, left(h.code, 2), r.disaster_id, l.person_id,"
            + " CASE WHEN left(h.code, 2) = ? THEN 'PREFECTURE' ELSE 'AGREEMENT' END, h.agreement, r.received_at,"
            + " greatest(r.received_at, clock_timestamp())"
            + " FROM ledger_record_link l JOIN ledger_source_record r ON r.id = l.record_id"
            + " JOIN LATERAL (SELECT w.acting_scope_code AS code, NULL::uuid AS agreement FROM ledger_whereabouts w"
            + "   WHERE w.record_id = r.id AND w.source = 'HOST_UPDATE'"
            + "   UNION ALL SELECT r.raw::jsonb ->> 'hostMunicipality', (r.raw::jsonb ->> 'agreementId')::uuid"
            + "   WHERE r.source_kind = 'HOST_REPORT') h ON h.code IS NOT NULL"
            + " WHERE l.person_id = ANY(?) AND l.state = 'ACTIVE' AND r.source_kind IN ('WHEREABOUTS_REPORT', 'HOST_REPORT')"
            + " ON CONFLICT DO NOTHING RETURNING 1";

    // Both in one statement: one round trip more for every summary change, not two.
    private static final String VISIBLE = "WITH to_host AS (" + TO_HOST + "), to_home AS (" + TO_HOME + ")"
            + " SELECT (SELECT count(*) FROM to_host), (SELECT count(*) FROM to_home)";

    // KPI ① at an agreement's acceptance: everything of the persons now in the covered area.
    private static final String ACCEPTED = COLUMNS
            + "SELECT r.id, 'TO_HOST', s.current_municipality_code, s.current_city_code,"
            + " left(s.current_municipality_code, 2), s.disaster_id, s.person_id, 'AGREEMENT', ?::uuid, r.received_at,"
            + " greatest(r.received_at, ?::timestamptz)"
            + " FROM ledger_person_summary s"
            + " JOIN ledger_record_link l ON l.person_id = s.person_id AND l.state = 'ACTIVE'"
            + " JOIN ledger_source_record r ON r.id = l.record_id"
            + " WHERE s.disaster_id = ? AND left(s.current_municipality_code, 2) = ?"
            + " AND (cardinality(?::text[]) = 0 OR s.current_municipality_code::text = ANY(?::text[]))"
            + NOT_A_HOST_ADDITION
            + " ON CONFLICT DO NOTHING";

    // KPI ②, support case work: an entry a host municipality adds to a case is visible at home as it commits.
    private static final String CASE_ENTRY = "INSERT INTO ledger_sharing_time (subject_id, subject, direction,"
            + " host_municipality, host_prefecture, disaster_id, person_id, via, agreement_id, arrived_at, visible_at)"
            + " VALUES (?, 'CASE_ENTRY', 'TO_HOME', ?, ?, ?, ?, ?, ?, ?, greatest(?, clock_timestamp()))"
            + " ON CONFLICT DO NOTHING";

    // The person and everyone merged into them: whose cases make up the person's support history.
    private static final String MERGED_INTO = "(WITH RECURSIVE absorbed(id) AS (SELECT CAST(? AS uuid)"
            + " UNION SELECT p.id FROM ledger_person p JOIN ledger_person_merge m ON p.absorbed_by_merge_id = m.id"
            + " JOIN absorbed a ON m.survivor_id = a.id) SELECT id FROM absorbed)";

    private static final String TIMING_COLUMNS = "t.subject, t.subject_id, t.direction, t.via, t.agreement_id,"
            + " t.host_prefecture, t.host_municipality, t.arrived_at, t.visible_at, t.first_read_at";

    // A person's timings: of their current records, and of the host entries in the cases of their history.
    private static final String OF_PERSON = "SELECT " + TIMING_COLUMNS + " FROM ledger_sharing_time t"
            + " JOIN ledger_record_link l ON l.record_id = t.subject_id AND l.state = 'ACTIVE'"
            + " WHERE t.subject = 'RECORD' AND l.person_id = ? AND t.disaster_id = ?"
            + " UNION ALL SELECT " + TIMING_COLUMNS + " FROM ledger_sharing_time t"
            + " WHERE t.subject = 'CASE_ENTRY' AND t.person_id IN " + MERGED_INTO + " AND t.disaster_id = ?"
            + " ORDER BY 9, 2, 3, 7";

    private SharingTimeTable() {
    }

    /**
     * After these persons' summaries were rewritten (a record arrived, linked, moved or merged; their whereabouts
     * changed): measures what became visible to a host or to the home with this transaction.
     */
    public static void recordVisible(Connection db, Collection<UUID> personIds, PrefectureCode home) throws SQLException {
        if (personIds.isEmpty()) {
            return;
        }
        java.sql.Array persons = db.createArrayOf("uuid", personIds.toArray());
        try (PreparedStatement visible = db.prepareStatement(VISIBLE)) {
            visible.setString(1, home.value());
            visible.setArray(2, persons);
            visible.setString(3, home.value());
            visible.setString(4, home.value());
            visible.setArray(5, persons);
            visible.executeQuery().close();
        }
    }

    /** An agreement was accepted: the persons now in its area become visible to the host from {@code from}. */
    public static int recordAccepted(Connection db, UUID agreementId, UUID disasterId, PrefectureCode host,
                                     Set<MunicipalityCode> covered, Instant from) throws SQLException {
        try (PreparedStatement accepted = db.prepareStatement(ACCEPTED)) {
            java.sql.Array codes = db.createArrayOf("text", covered.stream().map(MunicipalityCode::value).sorted()
                    .toArray());
            accepted.setObject(1, agreementId);
            accepted.setObject(2, from.atOffset(ZoneOffset.UTC));
            accepted.setObject(3, disasterId);
            accepted.setString(4, host.value());
            accepted.setArray(5, codes);
            accepted.setArray(6, codes);
            return accepted.executeUpdate();
        }
    }

    /**
     * Every timing of the person's current records and of the entries hosts added to their support history (their
     * case and the cases of everyone merged into them), in order of visibility.
     */
    public static List<PersonSharingTime> ofPerson(Connection db, UUID disasterId, UUID personId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(OF_PERSON)) {
            query.setObject(1, personId);
            query.setObject(2, disasterId);
            query.setObject(3, personId);
            query.setObject(4, disasterId);
            List<PersonSharingTime> times = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    boolean record = rows.getString(1).equals("RECORD");
                    UUID subject = rows.getObject(2, UUID.class);
                    Instant arrived = rows.getTimestamp(8).toInstant();
                    Instant visible = rows.getTimestamp(9).toInstant();
                    Timestamp read = rows.getTimestamp(10);
                    times.add(new PersonSharingTime(record ? "record" : "case-entry", record ? subject : null,
                            record ? null : subject, Direction.valueOf(rows.getString(3)).slug(), rows.getString(4),
                            rows.getObject(5, UUID.class), rows.getString(6), rows.getString(7), arrived, visible,
                            read == null ? null : read.toInstant(), Duration.between(arrived, visible).toMillis(),
                            read == null ? null : Duration.between(arrived, read.toInstant()).toMillis()));
                }
            }
            return times;
        }
    }

    /** A host municipality added an entry to a support case (KPI ②): visible at home with this transaction. */
    public static void recordCaseEntry(Connection db, HostCaseEntry entry) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(CASE_ENTRY)) {
            insert.setObject(1, entry.entryId());
            insert.setString(2, entry.host().value());
            insert.setString(3, entry.host().prefecture().value());
            insert.setObject(4, entry.disasterId());
            insert.setObject(5, entry.casePersonId());
            insert.setString(6, entry.agreementId().isPresent() ? "AGREEMENT" : "PREFECTURE");
            insert.setObject(7, entry.agreementId().orElse(null));
            insert.setObject(8, entry.arrivedAt().atOffset(ZoneOffset.UTC));
            insert.setObject(9, entry.arrivedAt().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /**
     * The other side read the person's entry: the first read of every record of theirs visible to it is now (once).
     * {@code hosts}: the reading host's municipalities (KPI ①); empty for the home reading (KPI ②).
     */
    public static int markRead(Connection db, Direction direction, UUID personId, Set<MunicipalityCode> hosts)
            throws SQLException {
        String sql = "UPDATE ledger_sharing_time t SET first_read_at = greatest(t.visible_at, clock_timestamp())"
                + " FROM ledger_record_link l WHERE l.person_id = ? AND l.state = 'ACTIVE' AND t.subject_id = l.record_id"
                + " AND t.subject = 'RECORD'"
                + " AND t.direction = ? AND t.first_read_at IS NULL AND t.visible_at <= clock_timestamp()"
                + (direction == Direction.TO_HOST
                ? " AND (t.host_municipality::text = ANY(?::text[]) OR t.host_city::text = ANY(?::text[]))" : "");
        try (PreparedStatement read = db.prepareStatement(sql)) {
            read.setObject(1, personId);
            read.setString(2, direction.name());
            if (direction == Direction.TO_HOST) {
                java.sql.Array codes = db.createArrayOf("text", hosts.stream().map(MunicipalityCode::value).toArray());
                read.setArray(3, codes);
                read.setArray(4, codes);
            }
            return read.executeUpdate();
        }
    }

    /**
     * The home read the person's support case: the first read of every entry hosts added to it is now (once). The case
     * read is the person's own and those of everyone merged into them.
     */
    public static int markCaseEntriesRead(Connection db, UUID disasterId, UUID personId) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("UPDATE ledger_sharing_time t"
                + " SET first_read_at = greatest(t.visible_at, clock_timestamp())"
                + " WHERE t.subject = 'CASE_ENTRY' AND t.disaster_id = ? AND t.person_id IN " + MERGED_INTO
                + " AND t.first_read_at IS NULL AND t.visible_at <= clock_timestamp()")) {
            read.setObject(1, disasterId);
            read.setObject(2, personId);
            return read.executeUpdate();
        }
    }
}
