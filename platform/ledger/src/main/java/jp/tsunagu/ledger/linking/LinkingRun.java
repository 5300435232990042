package jp.tsunagu.ledger.linking;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;

import javax.sql.DataSource;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.bulk.CopyText;
import jp.tsunagu.ledger.bulk.OrderedWriter;
import jp.tsunagu.ledger.person.LinkDecision;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.TimeOrderedIds;
import jp.tsunagu.ledger.search.PersonSummaries;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * Links the records of one import batch to persons: tells the matcher every record already linked in the disaster,
 * then asks it about each unlinked record of the batch, page by page in file order, and writes new persons and links
 * with COPY, one transaction per page. Records linked already are left alone, so a run that stopped can be run again.
 * The last transaction marks an imported batch linked ({@code linked_at}).
 * Links are made in the name of the account that started the import; the decision and score say it was linkage.
 * <p>
 * Three stages work at once, each on its own connection: the next page is read and decided, the page before is written
 * ({@link OrderedWriter}; pages commit one by one in order), and the search summaries of the persons touched by the
 * page before that are rewritten in a transaction of their own (a second writer). PostgreSQL thus works on two
 * backends while the matcher works in the JVM. A summary transaction reads the links committed when it locks its
 * persons, so whichever rewrites a person last has seen every page linked to them. A run that stopped between a
 * page and its summaries leaves the batch unmarked; the next run first rewrites the summaries of every person the
 * batch's linked records belong to, then links what is left.
 * New persons and links get time-ordered ids ({@link TimeOrderedIds}).
 */
public final class LinkingRun {

    private static final int PAGE = 10_000;
    // Stateless: one for every run and page.
    private static final PersonSummaries SUMMARIES = new PersonSummaries();
    private static final String SUBJECT_COLUMNS = "r.id, r.source_kind, r.full_name, r.full_name_kana, r.birth_date,"
            + " r.sex, r.address, r.phone, r.match_keys";

    private final DataSource dataSource;
    private final PersonMatcher matcher;
    private final Clock clock;
    private final TimeOrderedIds ids;
    private final Deque<PageRows> spareRows = new ConcurrentLinkedDeque<>();

    public LinkingRun(DataSource dataSource, PersonMatcher matcher, Clock clock) {
        this.dataSource = dataSource;
        this.matcher = matcher;
        this.clock = clock;
        this.ids = new TimeOrderedIds(clock);
    }

    public LinkingReport link(PrefectureCode tenant, UUID disasterId, UUID batchId, Actor by) {
        try (Connection reads = dataSource.getConnection(); Connection writes = dataSource.getConnection();
             Connection summaries = dataSource.getConnection()) {
            reads.setAutoCommit(false);
            writes.setAutoCommit(false);
            summaries.setAutoCommit(false);
            try {
                // The writers are closed (their last work done or failed) before anything is rolled back.
                // Closed in reverse: the page writer first, as its last page may still hand work to the summary writer.
                try (OrderedWriter summaryPages = new OrderedWriter(); OrderedWriter pages = new OrderedWriter()) {
                    return link(reads, new Writers(writes, pages, summaries, summaryPages), TenantSchema.of(tenant).searchPath(),
                            disasterId, batchId, by);
                }
            } catch (SQLException | RuntimeException e) {
                reads.rollback();
                writes.rollback();
                summaries.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("linking the records of a batch failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** The page writer and the summary writer, each with the connection only it uses while work is pending. */
    private record Writers(Connection pages, OrderedWriter pageWriter, Connection summaries, OrderedWriter summaryWriter) {

        /** Writes a page, then (on the second writer, while the next page is written) its persons' summaries. */
        void submit(String searchPath, PageRows rows, List<UUID> recordIds, Deque<PageRows> spare) throws SQLException {
            pageWriter.submit(() -> {
                writePage(pages, searchPath, rows);
                spare.push(rows);
                submitSummaries(searchPath, recordIds);
            });
        }

        /** Rewrites, on the summary writer, the summaries of the persons these records are linked to now. */
        void submitSummaries(String searchPath, List<UUID> recordIds) throws SQLException {
            List<UUID> records = List.copyOf(recordIds);
            summaryWriter.submit(() -> refreshSummaries(summaries, searchPath, records));
        }

        void awaitWritten() throws SQLException {
            pageWriter.awaitWritten();
            summaryWriter.awaitWritten();
        }
    }

    private LinkingReport link(Connection reads, Writers writers, String searchPath, UUID disasterId, UUID batchId, Actor by)
            throws SQLException {
        bind(reads, searchPath);
        BatchCounts counts = counts(reads, batchId);
        if (counts.unlinked() < counts.records()) {
            refreshLinkedBefore(reads, writers, searchPath, batchId);
        }
        PersonMatcher.MatchSession session = matcher.open(disasterId);
        bind(reads, searchPath);
        try (PreparedStatement known = reads.prepareStatement("SELECT l.person_id, " + SUBJECT_COLUMNS
                + " FROM ledger_record_link l JOIN ledger_source_record r ON r.id = l.record_id"
                + " WHERE l.state = 'ACTIVE' AND l.disaster_id = ?")) {
            known.setFetchSize(PAGE);
            known.setObject(1, disasterId);
            try (ResultSet rows = known.executeQuery()) {
                while (rows.next()) {
                    session.know(subject(rows, 2), rows.getObject(1, UUID.class));
                }
            }
        }
        session.expect(counts.unlinked());
        reads.commit();
        long linked = 0;
        long created = 0;
        long review = 0;
        long after = -1;
        while (true) {
            bind(reads, searchPath);
            List<LinkSubject> page = new ArrayList<>(PAGE);
            try (PreparedStatement unlinked = reads.prepareStatement("SELECT r.row_number, " + SUBJECT_COLUMNS
                    + " FROM ledger_source_record r WHERE r.batch_id = ? AND r.row_number > ? AND NOT EXISTS"
                    + " (SELECT 1 FROM ledger_record_link l WHERE l.record_id = r.id AND l.state = 'ACTIVE')"
                    + " ORDER BY r.row_number LIMIT " + PAGE)) {
                unlinked.setObject(1, batchId);
                unlinked.setLong(2, after);
                try (ResultSet rows = unlinked.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        page.add(subject(rows, 2));
                    }
                }
            }
            reads.commit();
            if (page.isEmpty()) {
                writers.awaitWritten();
                Connection writes = writers.pages();
                bind(writes, searchPath);
                markLinked(writes, batchId, clock.instant());
                writes.commit();
                return new LinkingReport(linked, created, review);
            }
            Instant now = clock.instant();
            session.prepare(page);
            PageRows rows = Optional.ofNullable(spareRows.poll()).orElseGet(PageRows::new);
            CopyText persons = rows.persons();
            CopyText links = rows.links();
            for (LinkSubject record : page) {
                MatchDecision decision = session.decide(record);
                UUID person = switch (decision.outcome()) {
                    case LINKED -> decision.person().orElseThrow();
                    case NEW, REVIEW -> newPerson(persons, disasterId, now);
                };
                LinkDecision kind = switch (decision.outcome()) {
                    case LINKED -> LinkDecision.LINKED;
                    case NEW -> LinkDecision.NEW;
                    case REVIEW -> LinkDecision.REVIEW;
                };
                Optional<UUID> candidate = decision.outcome() == MatchDecision.Outcome.REVIEW ? decision.person() : Optional.empty();
                links.value(ids.next()).value(disasterId).value(record.recordId()).value(person).value(kind.name())
                        .value(decision.score()).value(decision.evidence()).value(candidate.orElse(null)).value("ACTIVE")
                        .value(by.subject()).value(by.username()).value(now);
                links.endRow();
                session.know(record, person);
                switch (decision.outcome()) {
                    case LINKED -> linked++;
                    case NEW -> created++;
                    case REVIEW -> review++;
                }
            }
            writers.submit(searchPath, rows, page.stream().map(LinkSubject::recordId).toList(), spareRows);
        }
    }

    /**
     * A page's rows for COPY. Megabytes each, so the two or three a run needs (one being decided, one being written)
     * are used again rather than left to the garbage collector.
     */
    private record PageRows(CopyText persons, CopyText links) {

        PageRows() {
            this(new CopyText(PAGE * 100), new CopyText(PAGE * 250));
        }
    }

    /** One page's new persons and links, in one transaction. */
    private static void writePage(Connection db, String searchPath, PageRows rows) throws SQLException {
        bind(db, searchPath);
        rows.persons().copyInto(db, "COPY ledger_person (id, disaster_id, created_at) FROM STDIN");
        rows.links().copyInto(db, "COPY ledger_record_link (id, disaster_id, record_id, person_id, decision, score, evidence,"
                + " candidate_person_id, state, decided_by_subject, decided_by_username, decided_at) FROM STDIN");
        db.commit();
    }

    /** The search summaries of the persons these records are linked to now, in one transaction. */
    private static void refreshSummaries(Connection db, String searchPath, List<UUID> recordIds) throws SQLException {
        bind(db, searchPath);
        SUMMARIES.refreshLinkedTo(db, recordIds);
        db.commit();
    }

    /**
     * Rewrites the summaries of the persons of the batch's records linked already: a run that stopped may have
     * committed pages whose summaries it did not write. Nothing to do for a batch none of whose records is linked.
     */
    private static void refreshLinkedBefore(Connection reads, Writers writers, String searchPath, UUID batchId)
            throws SQLException {
        List<UUID> linked = new ArrayList<>();
        try (PreparedStatement query = reads.prepareStatement("SELECT r.id FROM ledger_source_record r WHERE r.batch_id = ?"
                + " AND EXISTS (SELECT 1 FROM ledger_record_link l WHERE l.record_id = r.id AND l.state = 'ACTIVE')"
                + " ORDER BY r.row_number")) {
            query.setFetchSize(PAGE);
            query.setObject(1, batchId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    linked.add(rows.getObject(1, UUID.class));
                    if (linked.size() == PAGE) {
                        writers.submitSummaries(searchPath, linked);
                        linked.clear();
                    }
                }
            }
        }
        reads.commit();
        if (!linked.isEmpty()) {
            writers.submitSummaries(searchPath, linked);
        }
        writers.summaryWriter().awaitWritten();
    }

    // Committed after the last page: from then on every node knows nothing of the batch is left to link.
    private static void markLinked(Connection db, UUID batchId, Instant at) throws SQLException {
        try (PreparedStatement linked = db.prepareStatement(
                "UPDATE ledger_import_batch SET linked_at = ? WHERE id = ? AND status = 'COMPLETED'")) {
            linked.setTimestamp(1, Timestamp.from(at));
            linked.setObject(2, batchId);
            linked.executeUpdate();
        }
    }

    /** How many records the batch holds, and how many of them no active link yet: one pass over the batch. */
    private record BatchCounts(long records, long unlinked) {
    }

    private static BatchCounts counts(Connection db, UUID batchId) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("SELECT count(*), count(*) FILTER (WHERE NOT EXISTS"
                + " (SELECT 1 FROM ledger_record_link l WHERE l.record_id = r.id AND l.state = 'ACTIVE'))"
                + " FROM ledger_source_record r WHERE r.batch_id = ?")) {
            count.setObject(1, batchId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return new BatchCounts(row.getLong(1), row.getLong(2));
            }
        }
    }

    private UUID newPerson(CopyText persons, UUID disasterId, Instant now) {
        UUID id = ids.next();
        persons.value(id).value(disasterId).value(now);
        persons.endRow();
        return id;
    }

    private static LinkSubject subject(ResultSet rows, int first) throws SQLException {
        Date birth = rows.getDate(first + 4);
        return new LinkSubject(rows.getObject(first, UUID.class), SourceKind.valueOf(rows.getString(first + 1)),
                Optional.ofNullable(rows.getString(first + 2)), Optional.ofNullable(rows.getString(first + 3)),
                Optional.ofNullable(birth).map(Date::toLocalDate), Optional.ofNullable(rows.getString(first + 5)),
                Optional.ofNullable(rows.getString(first + 6)), Optional.ofNullable(rows.getString(first + 7)),
                Optional.ofNullable(rows.getString(first + 8)));
    }

    private static void bind(Connection db, String searchPath) throws SQLException {
        try (PreparedStatement bind = db.prepareStatement("SELECT set_config('search_path', ?, true)")) {
            bind.setString(1, searchPath);
            bind.execute();
        }
        // Losing the last pages in a server crash is harmless: their records are unlinked again and the next run links them.
        try (PreparedStatement relaxed = db.prepareStatement("SET LOCAL synchronous_commit TO off")) {
            relaxed.execute();
        }
    }
}
