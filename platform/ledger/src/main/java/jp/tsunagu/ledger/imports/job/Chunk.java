package jp.tsunagu.ledger.imports.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.imports.row.Interpretation;
import jp.tsunagu.ledger.record.TimeOrderedIds;

/**
 * The rows of one chunk as the reading thread interpreted them, handed whole to the writer: accepted rows with the id
 * their record will have, rejected rows with their line, and where the file stood after the last of them.
 */
final class Chunk {

    /** {@code corrects}: the rejected row (of an earlier import) this row is the correction of, if it says. */
    record AcceptedRow(UUID id, long rowNumber, Interpretation.Accepted row, Optional<UUID> corrects) {
    }

    record RejectedRow(long rowNumber, long line, Interpretation.Rejected row) {
    }

    private final TimeOrderedIds ids;
    private final List<AcceptedRow> accepted = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private long lastRow;
    private long bytesRead;

    /** Records get time-ordered ids, so those of one import sit together in the primary key's index. */
    Chunk(TimeOrderedIds ids) {
        this.ids = ids;
    }

    void accept(long rowNumber, Interpretation.Accepted row, Optional<UUID> corrects) {
        accepted.add(new AcceptedRow(ids.next(), rowNumber, row, corrects));
    }

    void reject(long rowNumber, long line, Interpretation.Rejected row) {
        rejected.add(new RejectedRow(rowNumber, line, row));
    }

    /** Where the file stands after the chunk's last row: the checkpoint committed with it. */
    void endsAt(long row, long bytes) {
        this.lastRow = row;
        this.bytesRead = bytes;
    }

    int size() {
        return accepted.size() + rejected.size();
    }

    List<AcceptedRow> accepted() {
        return accepted;
    }

    List<RejectedRow> rejected() {
        return rejected;
    }

    long lastRow() {
        return lastRow;
    }

    long bytesRead() {
        return bytesRead;
    }
}
