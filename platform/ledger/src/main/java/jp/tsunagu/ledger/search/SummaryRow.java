package jp.tsunagu.ledger.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * A row of {@code ledger_person_summary}: the summary a search returns, plus what search filters and sorts on but does
 * not show: the reading to sort by, the address keys, the name keys (sorted, so that the same records always give
 * the same row), the designated city of the current whereabouts and the record it comes from.
 */
record SummaryRow(PersonSummary summary, Optional<String> sortKana, AddressKey address, List<String> nameKeys,
                  Optional<MunicipalityCode> currentCity, Optional<UUID> whereaboutsRecord) {

    SummaryRow {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(sortKana, "sortKana");
        Objects.requireNonNull(address, "address");
        nameKeys = List.copyOf(nameKeys);
        Objects.requireNonNull(currentCity, "currentCity");
        Objects.requireNonNull(whereaboutsRecord, "whereaboutsRecord");
    }

    @Override
    public String toString() {
        return "SummaryRow[" + summary.personId() + "]";
    }
}
