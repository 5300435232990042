package jp.tsunagu.ledger.linking;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.record.SourceKind;

/**
 * A source record as linkage sees it: the items matching compares, as stored (not normalised: normalising is
 * linkage's job). {@code toString} shows the record id only.
 */
public record LinkSubject(UUID recordId, SourceKind kind, Optional<String> fullName, Optional<String> fullNameKana,
                          Optional<LocalDate> birthDate, Optional<String> sex, Optional<String> address,
                          Optional<String> phone) {

    @Override
    public String toString() {
        return "LinkSubject[" + recordId + "]";
    }
}
