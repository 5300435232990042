package jp.tsunagu.ledger.imports.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One data row after the profile has been applied: the text of each field (trimmed, codes mapped, transformed),
 * absent where the file has nothing; and the row as received, header to value, for provenance.
 */
public final class MappedRow {

    private final EnumMap<ImportField, String> fields;
    private final Map<String, String> asReceived;

    MappedRow(EnumMap<ImportField, String> fields, Map<String, String> asReceived) {
        this.fields = fields;
        this.asReceived = asReceived;
    }

    public Optional<String> get(ImportField field) {
        return Optional.ofNullable(fields.get(field));
    }

    public Map<ImportField, String> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** Header to value, in file order; may contain personal data, including the plain 個人番号 column. */
    public Map<String, String> asReceived() {
        return java.util.Collections.unmodifiableMap(asReceived);
    }

    @Override
    public String toString() {
        return "MappedRow" + fields.keySet();
    }
}
