package jp.tsunagu.ledger.imports.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One data row after the profile has been applied: the text of each field (trimmed, codes mapped, transformed),
 * absent where the file has nothing; and the row as received, header to value, for provenance.
 */
public final class MappedRow {

    private final EnumMap<ImportField, String> fields;
    private final Map<String, String> asReceived;
    private final Optional<UUID> corrects;

    MappedRow(EnumMap<ImportField, String> fields, Map<String, String> asReceived, Optional<UUID> corrects) {
        this.fields = fields;
        this.asReceived = asReceived;
        this.corrects = corrects;
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

    /** The rejected row this row is the correction of, when it comes from a corrected rejected-rows download. */
    public Optional<UUID> corrects() {
        return corrects;
    }

    @Override
    public String toString() {
        return "MappedRow" + fields.keySet();
    }
}
