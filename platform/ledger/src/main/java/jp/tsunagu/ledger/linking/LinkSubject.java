package jp.tsunagu.ledger.linking;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;

/**
 * A source record as linkage sees it: the items matching compares, as stored (not normalised: normalising is
 * linkage's job), and the matcher's own keys if they were stored with the record at import
 * ({@link PersonMatcher#keysOf}). {@code toString} shows the record id only.
 */
public record LinkSubject(UUID recordId, SourceKind kind, Optional<String> fullName, Optional<String> fullNameKana,
                          Optional<LocalDate> birthDate, Optional<String> sex, Optional<String> address,
                          Optional<String> phone, Optional<String> matchingKeys) {

    /** A record without stored keys. */
    public LinkSubject(UUID recordId, SourceKind kind, Optional<String> fullName, Optional<String> fullNameKana,
                       Optional<LocalDate> birthDate, Optional<String> sex, Optional<String> address, Optional<String> phone) {
        this(recordId, kind, fullName, fullNameKana, birthDate, sex, address, phone, Optional.empty());
    }

    /** The record an import is about to store, with the values it will write into the record's columns. */
    public static LinkSubject of(UUID recordId, SourceKind kind, RecordValues values) {
        return new LinkSubject(recordId, kind, values.fullName(), values.fullNameKana(), values.birthDate(),
                values.sex().map(Enum::name), values.address(), values.phone());
    }

    @Override
    public String toString() {
        return "LinkSubject[" + recordId + "]";
    }
}
