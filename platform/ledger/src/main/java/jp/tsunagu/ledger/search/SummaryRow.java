package jp.tsunagu.ledger.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code ledger_person_summary}: the summary a search returns, plus what search filters and sorts on but does
 * not show: the reading to sort by, the address keys and the name keys (sorted, so that the same records always give
 * the same row).
 */
record SummaryRow(PersonSummary summary, Optional<String> sortKana, AddressKey address, List<String> nameKeys) {

    SummaryRow {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(sortKana, "sortKana");
        Objects.requireNonNull(address, "address");
        nameKeys = List.copyOf(nameKeys);
    }

    @Override
    public String toString() {
        return "SummaryRow[" + summary.personId() + "]";
    }
}
