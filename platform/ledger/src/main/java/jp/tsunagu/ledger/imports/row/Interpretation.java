package jp.tsunagu.ledger.imports.row;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.ledger.record.RecordValues;

/** What became of one row: accepted as a record, or rejected with its problems. */
public sealed interface Interpretation {

    /**
     * An accepted row: its values (個人番号 encrypted), when it was observed if the file said, its content fingerprint
     * and the row as received (JSON, 個人番号 masked).
     */
    record Accepted(RecordValues values, Optional<Instant> observedAt, String fingerprint, String asReceivedJson)
            implements Interpretation {
    }

    /** A rejected row: every problem found (not only the first), and the row as received (JSON, 個人番号 masked). */
    record Rejected(List<RowProblem> problems, String asReceivedJson) implements Interpretation {

        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected row has at least one problem");
            }
        }
    }
}
