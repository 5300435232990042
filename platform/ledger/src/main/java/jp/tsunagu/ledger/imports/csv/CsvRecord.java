package jp.tsunagu.ledger.imports.csv;

import java.util.List;
import java.util.Optional;

/**
 * One CSV record: the line it starts on (1-based), its ordinal among the file's records (the header is 0) and its
 * fields. A record whose quoting is broken but whose end could still be found carries {@code broken}; the fields are
 * then as far as they could be read.
 */
public record CsvRecord(long line, long ordinal, List<String> fields, Optional<String> broken) {

    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
