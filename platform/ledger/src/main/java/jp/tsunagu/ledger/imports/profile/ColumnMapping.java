package jp.tsunagu.ledger.imports.profile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one field is read from a file: from the first of {@code headers} the file has (header variants), or by joining
 * every {@code join} column the file has with {@code separator} (住所1 + 住所2), or as a {@code constant} when the file
 * has none (a roster's shelter name). {@code values} maps the file's codes to ones the field understands (○ → はい,
 * 1 → 男); {@code transform} is applied last.
 */
public record ColumnMapping(ImportField field, List<String> headers, List<String> join, String separator,
                           Map<String, String> values, Optional<Transform> transform, Optional<String> constant) {

    public ColumnMapping {
        Objects.requireNonNull(field, "field");
        headers = List.copyOf(headers);
        join = List.copyOf(join);
        separator = separator == null ? "" : separator;
        values = Map.copyOf(values);
        Objects.requireNonNull(transform, "transform");
        Objects.requireNonNull(constant, "constant");
        if (headers.isEmpty() && join.isEmpty() && constant.isEmpty()) {
            throw new InvalidProfileException(field.id(), "a column mapping names headers, columns to join, or a constant");
        }
        if (!headers.isEmpty() && !join.isEmpty()) {
            throw new InvalidProfileException(field.id(), "a column mapping has headers or join, not both");
        }
    }

    public static ColumnMapping of(ImportField field, String... headers) {
        return new ColumnMapping(field, List.of(headers), List.of(), "", Map.of(), Optional.empty(), Optional.empty());
    }
}
