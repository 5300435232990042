package jp.tsunagu.linkage.cli;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.linkage.match.PersonRecord;

/**
 * Reads person records from CSV with the header {@code record_id,name,name_kana,birth_date,sex,address,phone} (any
 * column order; further columns are ignored). Checks the header, the number of fields per line, that every record
 * has an id and that ids do not repeat.
 */
final class CsvInput {

    static final List<String> COLUMNS = List.of("record_id", "name", "name_kana", "birth_date", "sex", "address", "phone");

    private final CsvReader reader;
    private final int[] position = new int[COLUMNS.size()];
    private final int width;
    private final Set<String> seenIds = new HashSet<>();

    CsvInput(CsvReader reader) throws IOException, CsvInputException {
        this.reader = reader;
        List<String> header = reader.next().orElseThrow(() -> new CsvInputException(1, "the file is empty; a header line is needed"));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            Integer at = index.get(COLUMNS.get(c));
            if (at == null) {
                throw new CsvInputException(1, "the header has no column " + COLUMNS.get(c) + " (expected " + String.join(",", COLUMNS) + ")");
            }
            position[c] = at;
        }
        width = header.size();
    }

    Optional<PersonRecord> next() throws IOException, CsvInputException {
        Optional<List<String>> row = reader.next();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<String> fields = row.get();
        long line = reader.recordLine();
        if (fields.size() != width) {
            throw new CsvInputException(line, "expected " + width + " fields as in the header, found " + fields.size());
        }
        String id = fields.get(position[0]).strip();
        if (id.isEmpty()) {
            throw new CsvInputException(line, "field record_id is empty");
        }
        if (!seenIds.add(id)) {
            throw new CsvInputException(line, "field record_id repeats the id of an earlier record");
        }
        return Optional.of(new PersonRecord(id, fields.get(position[1]), fields.get(position[2]), fields.get(position[3]),
                fields.get(position[4]), fields.get(position[5]), fields.get(position[6])));
    }

    long recordLine() {
        return reader.recordLine();
    }
}
