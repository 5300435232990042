package jp.tsunagu.ledger.search;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.CertificateStatus;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.Provenance;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.whereabouts.WhereaboutsDetail;
import jp.tsunagu.ledger.whereabouts.WhereaboutsKind;
import jp.tsunagu.ledger.whereabouts.WhereaboutsSource;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Reads the records currently linked to a set of persons in one query, for persons that are listed: not absorbed by a
 * merge. Only the items a summary shows are read (and what orders records in time), not the row as received, 個人番号
 * or support lists: a page of a linking run reads ten thousand persons' records at once.
 */
final class ActiveRecords {

    /** The records of one person, their disaster, the latest decision among their links, and their stored search keys. */
    record OfPerson(UUID disasterId, List<SourceRecord> records, Instant lastLinked,
                    Map<UUID, WhereaboutsDetail.Stated> whereabouts, Map<UUID, String> searchKeys) {
    }

    private static final String QUERY = "SELECT l.person_id, p.disaster_id, l.decided_at, r.id, r.source_kind, r.batch_id,"
            + " r.file_name, r.row_number, r.received_by_subject, r.received_by_username, r.received_at, r.observed_at,"
            + " r.fingerprint, r.full_name, r.full_name_kana, r.birth_date, r.sex, r.address, r.whereabouts, r.damage_grade,"
            + " r.care_needed, r.certificate_status, w.kind, w.place, w.municipality_code, w.source, w.acting_scope_kind,"
            + " w.acting_scope_code, r.identity_verified, r.search_keys"
            // Driven by the ids, so each person is an index lookup even while a new disaster's tables have no statistics.
            + " FROM unnest(?::uuid[]) AS ids(id)"
            + " JOIN ledger_person p ON p.id = ids.id"
            + " JOIN ledger_record_link l ON l.person_id = p.id AND l.state = 'ACTIVE'"
            + " JOIN ledger_source_record r ON r.id = l.record_id"
            + " LEFT JOIN ledger_whereabouts w ON w.record_id = r.id"
            + " WHERE p.absorbed_by_merge_id IS NULL";

    private ActiveRecords() {
    }

    /** Persons absorbed by a merge, or with no current record, are absent from the result. */
    static Map<UUID, OfPerson> of(Connection db, Collection<UUID> personIds) throws SQLException {
        Map<UUID, UUID> disasters = new HashMap<>();
        Map<UUID, List<SourceRecord>> records = new HashMap<>();
        Map<UUID, Instant> lastLinked = new HashMap<>();
        Map<UUID, Map<UUID, WhereaboutsDetail.Stated>> details = new HashMap<>();
        Map<UUID, Map<UUID, String>> searchKeys = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(QUERY)) {
            query.setFetchSize(10_000);
            query.setArray(1, db.createArrayOf("uuid", personIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID person = rows.getObject(1, UUID.class);
                    UUID disaster = rows.getObject(2, UUID.class);
                    disasters.put(person, disaster);
                    lastLinked.merge(person, instant(rows, 3), (a, b) -> a.isAfter(b) ? a : b);
                    SourceRecord record = record(rows, disaster);
                    records.computeIfAbsent(person, p -> new ArrayList<>()).add(record);
                    String keys = rows.getString(30);
                    if (keys != null) {
                        searchKeys.computeIfAbsent(person, p -> new HashMap<>()).put(record.id(), keys);
                    }
                    if (rows.getString(23) != null) {
                        details.computeIfAbsent(person, p -> new HashMap<>()).put(record.id(), stated(rows));
                    }
                }
            }
        }
        Map<UUID, OfPerson> result = new HashMap<>();
        records.forEach((person, list) -> result.put(person, new OfPerson(disasters.get(person), list, lastLinked.get(person),
                details.getOrDefault(person, Map.of()), searchKeys.getOrDefault(person, Map.of()))));
        return result;
    }

    private static SourceRecord record(ResultSet rows, UUID disaster) throws SQLException {
        Provenance provenance = new Provenance(SourceKind.valueOf(rows.getString(5)),
                Optional.ofNullable(rows.getObject(6, UUID.class)), Optional.ofNullable(rows.getString(7)),
                Optional.ofNullable(rows.getObject(8, Long.class)), new Actor(rows.getString(9), rows.getString(10)),
                instant(rows, 11), Optional.ofNullable(rows.getObject(12, OffsetDateTime.class)).map(OffsetDateTime::toInstant));
        Date birth = rows.getDate(16);
        RecordValues values = RecordValues.builder()
                .set(LedgerField.FULL_NAME, rows.getString(14))
                .set(LedgerField.FULL_NAME_KANA, rows.getString(15))
                .set(LedgerField.BIRTH_DATE, birth == null ? null : birth.toLocalDate())
                .set(LedgerField.SEX, enumOf(Sex.class, rows.getString(17)))
                .set(LedgerField.ADDRESS, rows.getString(18))
                .set(LedgerField.WHEREABOUTS, rows.getString(19))
                .set(LedgerField.DAMAGE_GRADE, enumOf(DamageGrade.class, rows.getString(20)))
                .set(LedgerField.CARE_NEEDED, rows.getObject(21, Boolean.class))
                .set(LedgerField.CERTIFICATE_STATUS, enumOf(CertificateStatus.class, rows.getString(22)))
                .build();
        return new SourceRecord(rows.getObject(4, UUID.class), disaster, provenance, rows.getString(13), Optional.empty(),
                values, rows.getBoolean(29));
    }

    private static WhereaboutsDetail.Stated stated(ResultSet rows) throws SQLException {
        String scopeKind = rows.getString(27);
        return new WhereaboutsDetail.Stated(WhereaboutsKind.valueOf(rows.getString(23)), Optional.ofNullable(rows.getString(24)),
                Optional.ofNullable(rows.getString(25)).map(MunicipalityCode::new), WhereaboutsSource.valueOf(rows.getString(26)),
                scopeKind == null ? Optional.empty() : Optional.of(new ActingFor(scopeKind, rows.getString(28))));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
