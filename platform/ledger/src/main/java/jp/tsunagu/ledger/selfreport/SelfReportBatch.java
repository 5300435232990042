package jp.tsunagu.ledger.selfreport;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.ledger.bulk.JsonRows;
import jp.tsunagu.ledger.linking.LinkSubject;
import jp.tsunagu.ledger.linking.MatchDecision;
import jp.tsunagu.ledger.linking.PersonMatcher;
import jp.tsunagu.ledger.person.LinkDecision;
import jp.tsunagu.ledger.record.Fingerprint;
import jp.tsunagu.ledger.record.JsonText;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.TimeOrderedIds;
import jp.tsunagu.ledger.search.PersonSummaries;

/**
 * Stores one group of self-reports of one disaster instance in one transaction on a connection bound to the tenant:
 * answers submissions seen before from what was stored (or refuses a changed one), links the new ones against the
 * candidates the search summaries' indexes find (persons with the same birth date or whole name; all their current
 * records are known to the matcher, so its hard-negative guard sees them), stores records, new persons, links,
 * situations and consent, and refreshes the summaries of every person touched.
 * <p>
 * Round trips are what a group costs (PostgreSQL shares the machine's cores with the application): binding, the
 * instance's status, the submissions seen before and the candidates go as one text of four statements, all rows of
 * the six tables as another, then the summaries' refresh and the commit.
 * <p>
 * Groups of one disaster are serialised across the cluster by a transaction-level advisory lock, so a group always
 * sees the links and summaries of the one before: two reports of one person, sent one after the other, link.
 */
final class SelfReportBatch {

    /** One waiting report and where its answer goes. */
    record Entry(PreparedReport prepared, java.util.concurrent.CompletableFuture<SelfReportOutcome> answer) {
    }

    private static final PersonSummaries SUMMARIES = new PersonSummaries();
    private static final String SUBJECT_COLUMNS = "r.id, r.source_kind, r.full_name, r.full_name_kana, r.birth_date,"
            + " r.sex, r.address, r.phone, r.match_keys";

    private final PersonMatcher matcher;
    private final TimeOrderedIds ids;

    SelfReportBatch(PersonMatcher matcher, TimeOrderedIds ids) {
        this.matcher = matcher;
        this.ids = ids;
    }

    /**
     * Stores the group and completes every answer; on an SQL failure completes none (the caller fails them all).
     * The connection's transaction is committed here.
     */
    void write(Connection db, String searchPath, UUID disasterId, List<Entry> group) throws SQLException {
        Opening opening = open(db, searchPath, disasterId, group);
        Optional<String> status = opening.status();
        if (status.isEmpty() || !status.get().equals("ACTIVE")) {
            db.rollback();
            RuntimeException refusal = status.isEmpty()
                    ? new jp.tsunagu.tenants.problem.NotFoundException("no disaster instance with this id")
                    : new LedgerNotOpenException();
            group.forEach(entry -> entry.answer().completeExceptionally(refusal));
            return;
        }
        Map<String, Stored> stored = opening.stored();
        List<Entry> fresh = new ArrayList<>();
        Map<Entry, Object> answers = new HashMap<>();
        for (Entry entry : group) {
            SelfReport report = entry.prepared().report();
            String key = report.portal() + "\n" + report.key().value();
            Stored before = stored.get(key);
            if (before == null) {
                stored.put(key, new Stored(entry.prepared().recordId(), report.contentHash(), null, report.receivedAt(), entry));
                fresh.add(entry);
            } else if (!before.contentHash().equals(report.contentHash())) {
                answers.put(entry, new SubmissionConflictException());
            } else {
                answers.put(entry, before);
            }
        }
        // The candidates were looked up for the whole group; with repeats among it, only for the new reports, as ever.
        List<Known> candidates = fresh.size() == group.size() ? opening.candidates()
                : fresh.isEmpty() ? List.of() : candidates(db, disasterId, fresh);
        Map<UUID, String> outcomes = fresh.isEmpty() ? Map.of() : link(db, disasterId, fresh, candidates);
        db.commit();
        for (Entry entry : group) {
            Object answer = answers.get(entry);
            SelfReport report = entry.prepared().report();
            if (answer == null) {
                UUID id = entry.prepared().recordId();
                entry.answer().complete(new SelfReportOutcome(id, report.key().value(), outcomes.get(id),
                        report.receivedAt(), false));
            } else if (answer instanceof Stored before) {
                String outcome = before.outcome() != null ? before.outcome() : outcomes.get(before.recordId());
                entry.answer().complete(new SelfReportOutcome(before.recordId(), report.key().value(), outcome,
                        before.receivedAt(), true));
            } else {
                entry.answer().completeExceptionally((RuntimeException) answer);
            }
        }
    }

    /** A submission stored before (outcome null while it is stored by this very group). */
    private record Stored(UUID recordId, String contentHash, String outcome, Instant receivedAt, Entry first) {
    }

    private Map<UUID, String> link(Connection db, UUID disasterId, List<Entry> fresh, List<Known> candidates)
            throws SQLException {
        PersonMatcher.MatchSession session = matcher.open(disasterId);
        for (Known known : candidates) {
            session.know(known.subject(), known.person());
        }
        JsonRows records = new JsonRows("ledger_source_record", "id", "disaster_id", "source_kind", "received_by_subject",
                "received_by_username", "received_at", "observed_at", "fingerprint", "raw", "full_name", "full_name_kana",
                "birth_date", "sex", "postal_code", "address", "whereabouts", "phone", "email", "care_needed",
                "consented_parties", "external_id", "match_keys", "identity_verified");
        JsonRows persons = new JsonRows("ledger_person", "id", "disaster_id", "created_at");
        JsonRows links = new JsonRows("ledger_record_link", "id", "disaster_id", "record_id", "person_id", "decision",
                "score", "evidence", "candidate_person_id", "state", "decided_by_subject", "decided_by_username", "decided_at");
        JsonRows situations = new JsonRows("ledger_self_report", "record_id", "disaster_id", "portal_client_id",
                "submission_id", "content_sha256", "resident_reference", "outcome", "whereabouts_kind",
                "whereabouts_municipality", "needs", "received_at");
        JsonRows consents = new JsonRows("ledger_consent", "record_id", "disaster_id", "given", "parties", "text_version",
                "stated_at");
        JsonRows whereabouts = new JsonRows("ledger_whereabouts", "record_id", "disaster_id", "kind", "place",
                "municipality_code", "source", "acting_scope_kind", "acting_scope_code");
        Set<UUID> touched = new LinkedHashSet<>();
        Map<UUID, String> outcomes = new HashMap<>();
        for (Entry entry : fresh) {
            PreparedReport prepared = entry.prepared();
            SelfReport report = prepared.report();
            MatchDecision decision = session.decide(prepared.subject());
            UUID person = switch (decision.outcome()) {
                case LINKED -> decision.person().orElseThrow();
                case NEW, REVIEW -> {
                    UUID id = ids.next();
                    persons.value(id).value(disasterId).value(report.receivedAt());
                    persons.endRow();
                    yield id;
                }
            };
            session.know(prepared.subject(), person);
            touched.add(person);
            LinkDecision kind = LinkDecision.valueOf(decision.outcome().name());
            Optional<UUID> candidate = decision.outcome() == MatchDecision.Outcome.REVIEW ? decision.person() : Optional.empty();
            record(records, disasterId, prepared);
            links.value(ids.next()).value(disasterId).value(prepared.recordId()).value(person).value(kind.name())
                    .value(decision.score()).value(decision.evidence()).value(candidate.orElse(null)).value("ACTIVE")
                    .value(report.portal()).value(report.portal()).value(report.receivedAt());
            links.endRow();
            String outcome = decision.outcome().name().toLowerCase(java.util.Locale.ROOT);
            outcomes.put(prepared.recordId(), outcome);
            situations.value(prepared.recordId()).value(disasterId).value(report.portal()).value(report.key().value())
                    .value(report.contentHash()).value(report.residentReference().orElse(null)).value(outcome)
                    .value(report.whereaboutsKind().map(WhereaboutsKind::name).orElse(null))
                    .value(report.whereaboutsMunicipality().map(m -> m.value()).orElse(null))
                    .value(array(report.needs().stream().map(Need::slug).sorted().toList()))
                    .value(report.receivedAt());
            situations.endRow();
            // The stated whereabouts join the person's whereabouts history, as the resident's own statement.
            report.whereaboutsKind().ifPresent(stated -> {
                whereabouts.value(prepared.recordId()).value(disasterId).value(stated.ledgerKind().name())
                        .value(report.whereaboutsPlace().orElse(null))
                        .value(report.whereaboutsMunicipality().map(m -> m.value()).orElse(null)).value("SELF_REPORT")
                        .value("PORTAL").value(report.portal());
                whereabouts.endRow();
            });
            report.consent().ifPresent(consent -> {
                consents.value(prepared.recordId()).value(disasterId).value(consent.given())
                        .value(array(consent.given() ? consent.consentedParties() : List.of()))
                        .value(consent.textVersion()).value(consent.statedAt());
                consents.endRow();
            });
        }
        JsonRows.insertAll(db, persons, records, links, situations, whereabouts, consents);
        SUMMARIES.refresh(db, touched);
        return outcomes;
    }

    private static void record(JsonRows rows, UUID disasterId, PreparedReport prepared) {
        SelfReport report = prepared.report();
        RecordValues v = report.values();
        List<String> parties = v.consentedParties();
        rows.value(prepared.recordId()).value(disasterId).value(SourceKind.RESIDENT_PORTAL.name()).value(report.portal())
                .value(report.portal()).value(report.receivedAt()).value(report.receivedAt())
                .value(Fingerprint.of("portal:" + report.portal() + ":" + report.key().value())).value(report.asReceived())
                .value(v.fullName().orElse(null)).value(v.fullNameKana().orElse(null)).value(v.birthDate().orElse(null))
                .value(v.sex().map(Enum::name).orElse(null)).value(v.get(LedgerField.POSTAL_CODE).orElse(null))
                .value(v.address().orElse(null)).value(v.get(LedgerField.WHEREABOUTS).orElse(null))
                .value(v.phone().orElse(null)).value(v.get(LedgerField.EMAIL).orElse(null))
                .value(v.get(LedgerField.CARE_NEEDED).orElse(null))
                .value(parties.isEmpty() ? null : JsonText.array(parties)).value(v.get(LedgerField.EXTERNAL_ID).orElse(null))
                .value(prepared.subject().matchingKeys().orElse(null)).value(report.cardVerified());
        rows.endRow();
    }

    private record Known(LinkSubject subject, UUID person) {
    }

    /**
     * Every current record of the persons whose summary shares a birth date or a whole-name key with a report of the
     * group: the records linkage would compare (the blocks of birth date and name), and the rest of those persons'
     * records for the hard-negative guard. A phone-only match (another name and date) is not looked up.
     * Every part is an index lookup under the transaction's generic plans ({@link #BIND}): the dates through the birth
     * index, all name keys in one scan of the GIN index (its pending list read once, not once per key), the links
     * through the persons' index. Parameters: disaster, dates, names, disaster.
     */
    private static final String CANDIDATES = "SELECT l.person_id, " + SUBJECT_COLUMNS
            + " FROM ledger_record_link l JOIN ledger_source_record r ON r.id = l.record_id"
            + " WHERE l.state = 'ACTIVE' AND l.person_id = ANY(ARRAY("
            + "SELECT s.person_id FROM ledger_person_summary s WHERE s.disaster_id = ? AND s.birth_date = ANY(?)"
            + " UNION SELECT s.person_id FROM ledger_person_summary s WHERE s.name_keys && ?::text[]"
            + " AND s.disaster_id = ?))";

    private static List<Known> candidates(Connection db, UUID disasterId, List<Entry> fresh) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(CANDIDATES)) {
            candidateParameters(db, query, 1, disasterId, fresh);
            try (ResultSet rows = query.executeQuery()) {
                return known(rows);
            }
        }
    }

    private static void candidateParameters(Connection db, PreparedStatement query, int first, UUID disasterId,
                                            List<Entry> entries) throws SQLException {
        Set<Date> dates = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Entry entry : entries) {
            entry.prepared().subject().birthDate().ifPresent(d -> {
                dates.add(Date.valueOf(d));
                if (d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()) {
                    dates.add(Date.valueOf(d.withMonth(d.getDayOfMonth()).withDayOfMonth(d.getMonthValue())));
                }
            });
            names.addAll(entry.prepared().nameKeys());
        }
        query.setObject(first, disasterId);
        query.setArray(first + 1, db.createArrayOf("date", dates.toArray()));
        query.setArray(first + 2, db.createArrayOf("text", names.toArray()));
        query.setObject(first + 3, disasterId);
    }

    private static List<Known> known(ResultSet rows) throws SQLException {
        List<Known> known = new ArrayList<>();
        while (rows.next()) {
            Date birth = rows.getDate(6);
            known.add(new Known(new LinkSubject(rows.getObject(2, UUID.class), SourceKind.valueOf(rows.getString(3)),
                    Optional.ofNullable(rows.getString(4)), Optional.ofNullable(rows.getString(5)),
                    Optional.ofNullable(birth).map(Date::toLocalDate), Optional.ofNullable(rows.getString(7)),
                    Optional.ofNullable(rows.getString(8)), Optional.ofNullable(rows.getString(9)),
                    Optional.ofNullable(rows.getString(10))), rows.getObject(1, UUID.class)));
        }
        return known;
    }

    /** What a group starts from: the instance's status, the submissions seen before, the candidates of all reports. */
    private record Opening(Optional<String> status, Map<String, Stored> stored, List<Known> candidates) {
    }

    /**
     * Binds the transaction to the tenant, takes the disaster's self-report lock until it ends, and reads what the
     * group starts from, in one round trip: the statements of one text are sent together and PostgreSQL reads each
     * only after the one before ran, so the later ones already resolve their tables in the tenant's schema and run
     * under the lock.
     */
    private static Opening open(Connection db, String searchPath, UUID disasterId, List<Entry> group) throws SQLException {
        try (PreparedStatement all = db.prepareStatement(BIND + "; " + STATUS + "; " + STORED + "; " + CANDIDATES)) {
            all.setString(1, searchPath);
            all.setLong(2, disasterId.getMostSignificantBits() ^ disasterId.getLeastSignificantBits() ^ LOCK_SALT);
            all.setObject(3, disasterId);
            storedParameters(db, all, 4, disasterId, group);
            candidateParameters(db, all, 7, disasterId, group);
            all.execute();
            Optional<String> status;
            all.getMoreResults();
            try (ResultSet rows = all.getResultSet()) {
                status = rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
            Map<String, Stored> stored;
            all.getMoreResults();
            try (ResultSet rows = all.getResultSet()) {
                stored = stored(rows);
            }
            all.getMoreResults();
            try (ResultSet rows = all.getResultSet()) {
                return new Opening(status, stored, known(rows));
            }
        }
    }

    /**
     * Binds the tenant, plans every later statement of the transaction without looking at its values, and takes the
     * lock. Generic plans, because a plan made for a group's values is made from the whole group's keys: the overlap
     * of a few hundred name keys is then estimated as a large part of the summaries and read by a scan of every one
     * (half a second at 5,000 persons), and the key-by-key form's plan turned on the GIN pending list's size (1.7 s per
     * group of 200 when it went wrong). The generic plan uses the indexes whatever the group.
     */
    private static final String BIND = "SELECT set_config('search_path', ?, true),"
            + " set_config('plan_cache_mode', 'force_generic_plan', true), pg_advisory_xact_lock(?)";
    private static final String STATUS = "SELECT status FROM disaster_instance WHERE id = ?";
    private static final String STORED = "SELECT portal_client_id, submission_id, record_id, content_sha256, outcome,"
            + " received_at FROM ledger_self_report WHERE disaster_id = ? AND portal_client_id = ANY(?)"
            + " AND submission_id = ANY(?)";

    private static void storedParameters(Connection db, PreparedStatement query, int first, UUID disasterId,
                                         List<Entry> group) throws SQLException {
        Set<String> portals = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Entry entry : group) {
            portals.add(entry.prepared().report().portal());
            keys.add(entry.prepared().report().key().value());
        }
        query.setObject(first, disasterId);
        query.setArray(first + 1, db.createArrayOf("varchar", portals.toArray()));
        query.setArray(first + 2, db.createArrayOf("varchar", keys.toArray()));
    }

    private static Map<String, Stored> stored(ResultSet rows) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        while (rows.next()) {
            stored.put(rows.getString(1) + "\n" + rows.getString(2), new Stored(rows.getObject(3, UUID.class),
                    rows.getString(4), rows.getString(5), rows.getObject(6, OffsetDateTime.class).toInstant(), null));
        }
        return stored;
    }

    // Keeps this lock apart from other advisory locks taken on the same disaster.
    private static final long LOCK_SALT = 0x53454c465245504fL;

    /** Slugs, comma separated (they hold no commas). */
    private static String array(List<String> values) {
        return String.join(",", values);
    }
}
