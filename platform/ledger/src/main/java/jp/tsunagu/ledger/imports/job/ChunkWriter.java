package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jp.tsunagu.ledger.bulk.CopyText;
import jp.tsunagu.ledger.imports.row.Interpretation;
import jp.tsunagu.ledger.imports.row.RowProblem;
import jp.tsunagu.ledger.linking.LinkSubject;
import jp.tsunagu.ledger.linking.PersonMatcher;
import jp.tsunagu.ledger.mynumber.EncryptedMyNumber;
import jp.tsunagu.ledger.record.JsonText;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.search.RecordSearchKeys;

/**
 * Writes a {@link Chunk} in one transaction: accepted rows by COPY, straight into ledger_source_record while none was
 * stored before, else into a temporary staging table and from there by one INSERT … SELECT … ON CONFLICT DO NOTHING
 * (a row stored before, from this file or another, is skipped by its fingerprint); rejected rows by one JDBC batch. No ORM, no statement per row. The
 * matcher's keys of each accepted row ({@link PersonMatcher#keysOf}) and its search keys ({@link RecordSearchKeys}) are
 * worked out on all cores and stored with it.
 */
final class ChunkWriter {

    static final String COLUMNS = "id, disaster_id, source_kind, batch_id, file_name, row_number, received_by_subject,"
            + " received_by_username, received_at, observed_at, fingerprint, raw, full_name, full_name_kana, birth_date, sex,"
            + " postal_code, address, whereabouts, phone, email, damage_grade, other_damage, care_needed, care_reason,"
            + " support_provided, certificate_status, consented_parties, household_key, household_relationship,"
            + " household_size, my_number_key_id, my_number_cipher, external_id, note, match_keys, search_keys";

    private static final String UNIQUE_VIOLATION = "23505";

    private final ImportRequest request;
    private final UUID batchId;
    private final Instant receivedAt;
    private final Optional<PersonMatcher> matcher;
    private final RecordSearchKeys searchKeys;
    private final CopyText copy = new CopyText(1 << 20);
    private boolean stagingReady;

    ChunkWriter(ImportRequest request, UUID batchId, Instant receivedAt, Optional<PersonMatcher> matcher) {
        this.request = request;
        this.batchId = batchId;
        this.receivedAt = receivedAt;
        this.matcher = matcher;
        this.searchKeys = RecordSearchKeys.of(request.tenant());
    }

    /** Writes the chunk on the connection's current (tenant-bound) transaction; the caller commits. */
    ChunkCounts write(Connection db, Chunk chunk) throws SQLException {
        long acceptedCount = chunk.accepted().size();
        long stored = acceptedCount == 0 ? 0 : copyAccepted(db, chunk.accepted());
        long duplicates = acceptedCount - stored;
        long newlyRejected = writeRejected(db, chunk.rejected());
        settleCorrected(db, chunk.accepted());
        return new ChunkCounts(chunk.size(), stored, duplicates, newlyRejected);
    }

    /** Each row's matching keys and search keys, in that order. */
    private String[][] keys(List<Chunk.AcceptedRow> rows) {
        String[][] keys = new String[rows.size()][];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            RecordValues values = rows.get(i).row().values();
            String matching = matcher.flatMap(m -> m.keysOf(LinkSubject.of(rows.get(i).id(), request.kind(), values))).orElse(null);
            String search = searchKeys.encode(values.fullName().orElse(null), values.fullNameKana().orElse(null),
                    values.address().orElse(null)).orElse(null);
            keys[i] = new String[] {matching, search};
        });
        return keys;
    }

    private void render(Chunk.AcceptedRow pending, String[] keys) {
        long rowNumber = pending.rowNumber();
        Interpretation.Accepted row = pending.row();
        RecordValues v = row.values();
        EncryptedMyNumber myNumber = v.myNumber().orElse(null);
        copy.value(pending.id()).value(request.disasterId()).value(request.kind().name()).value(batchId)
                .value(request.fileName()).value(rowNumber).value(request.importedBy().subject())
                .value(request.importedBy().username()).value(receivedAt).value(row.observedAt().orElse(null))
                .value(row.fingerprint()).value(row.asReceivedJson())
                .value(text(v, LedgerField.FULL_NAME)).value(text(v, LedgerField.FULL_NAME_KANA))
                .value(text(v, LedgerField.BIRTH_DATE)).value(code(v, LedgerField.SEX))
                .value(text(v, LedgerField.POSTAL_CODE)).value(text(v, LedgerField.ADDRESS))
                .value(text(v, LedgerField.WHEREABOUTS)).value(text(v, LedgerField.PHONE)).value(text(v, LedgerField.EMAIL))
                .value(code(v, LedgerField.DAMAGE_GRADE)).value(text(v, LedgerField.OTHER_DAMAGE))
                .value(text(v, LedgerField.CARE_NEEDED)).value(text(v, LedgerField.CARE_REASON))
                .value(v.supportProvided().isEmpty() ? null : JsonText.array(v.supportProvided()))
                .value(code(v, LedgerField.CERTIFICATE_STATUS))
                .value(v.consentedParties().isEmpty() ? null : JsonText.array(v.consentedParties()))
                .value(text(v, LedgerField.HOUSEHOLD_KEY)).value(text(v, LedgerField.HOUSEHOLD_RELATIONSHIP))
                .value(text(v, LedgerField.HOUSEHOLD_SIZE))
                .value(myNumber == null ? null : myNumber.keyId()).bytes(myNumber == null ? null : myNumber.cipher())
                .value(text(v, LedgerField.EXTERNAL_ID)).value(text(v, LedgerField.NOTE)).value(keys[0]).value(keys[1]);
        copy.endRow();
    }

    /**
     * Rows whose fingerprints are all new go straight into the table with COPY; a unique violation there (a row
     * stored before, by this file or another) undoes that COPY to a savepoint and sends the chunk through the staging
     * table, whose INSERT skips the rows stored before. The first way is the usual one and the cheaper.
     */
    private long copyAccepted(Connection db, List<Chunk.AcceptedRow> rows) throws SQLException {
        String[][] keys = keys(rows);
        if (fingerprintsDistinct(rows)) {
            render(rows, keys);
            Savepoint direct = db.setSavepoint();
            try {
                long stored = copy.copyInto(db, "COPY ledger_source_record (" + COLUMNS + ") FROM STDIN");
                db.releaseSavepoint(direct);
                return stored;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                db.rollback(direct);
            }
        }
        return copyThroughStaging(db, rows, keys);
    }

    private long copyThroughStaging(Connection db, List<Chunk.AcceptedRow> rows, String[][] keys) throws SQLException {
        if (!stagingReady) {
            try (Statement ddl = db.createStatement()) {
                // Session-local and unlogged; emptied at every commit.
                ddl.execute("CREATE TEMP TABLE IF NOT EXISTS ledger_import_staging"
                        + " (LIKE ledger_source_record INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            }
            stagingReady = true;
        }
        render(rows, keys);
        copy.copyInto(db, "COPY ledger_import_staging (" + COLUMNS + ") FROM STDIN");
        try (Statement insert = db.createStatement()) {
            return insert.executeUpdate("INSERT INTO ledger_source_record (" + COLUMNS + ") SELECT " + COLUMNS
                    + " FROM ledger_import_staging ON CONFLICT (disaster_id, fingerprint) DO NOTHING");
        }
    }

    private void render(List<Chunk.AcceptedRow> rows, String[][] keys) {
        for (int i = 0; i < rows.size(); i++) {
            render(rows.get(i), keys[i]);
        }
    }

    private static boolean fingerprintsDistinct(List<Chunk.AcceptedRow> rows) {
        Set<String> seen = new HashSet<>(rows.size() * 2);
        for (Chunk.AcceptedRow row : rows) {
            if (!seen.add(row.row().fingerprint())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks each rejected row that a row of this chunk corrects as settled by the record now holding that row's content
     * (stored now, or before: the same fingerprint). Only rejected rows of this disaster instance's own imports.
     */
    private void settleCorrected(Connection db, List<Chunk.AcceptedRow> rows) throws SQLException {
        List<Chunk.AcceptedRow> corrections = rows.stream().filter(row -> row.corrects().isPresent()).toList();
        if (corrections.isEmpty()) {
            return;
        }
        try (PreparedStatement settle = db.prepareStatement("UPDATE ledger_rejected_row r SET resubmitted_record_id = s.id"
                + " FROM ledger_source_record s, ledger_import_batch b WHERE r.id = ? AND r.resubmitted_record_id IS NULL"
                + " AND r.batch_id = b.id AND b.disaster_id = ? AND s.disaster_id = b.disaster_id AND s.fingerprint = ?")) {
            for (Chunk.AcceptedRow row : corrections) {
                settle.setObject(1, row.corrects().get());
                settle.setObject(2, request.disasterId());
                settle.setString(3, row.row().fingerprint());
                settle.addBatch();
            }
            settle.executeBatch();
        }
    }

    private long writeRejected(Connection db, List<Chunk.RejectedRow> rejected) throws SQLException {
        if (rejected.isEmpty()) {
            return 0;
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ledger_rejected_row (id, batch_id, row_number,"
                + " line_number, raw, problems) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (batch_id, row_number) DO NOTHING")) {
            for (Chunk.RejectedRow row : rejected) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, batchId);
                insert.setLong(3, row.rowNumber());
                insert.setLong(4, row.line());
                insert.setString(5, row.row().asReceivedJson());
                insert.setString(6, RowProblem.join(row.row().problems()));
                insert.addBatch();
            }
            long written = 0;
            for (int count : insert.executeBatch()) {
                written += Math.max(count, 0);
            }
            return written;
        }
    }

    private static Object text(RecordValues values, LedgerField field) {
        return values.get(field).orElse(null);
    }

    private static Object code(RecordValues values, LedgerField field) {
        return values.get(field).map(v -> ((Enum<?>) v).name()).orElse(null);
    }
}
