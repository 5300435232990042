package jp.tsunagu.ledger.search;

import java.util.List;

/** One page of a search: the persons on it, and how many match in all. */
public record PersonPage(List<PersonSummary> persons, long total, PageRequest request) {

    public PersonPage {
        persons = List.copyOf(persons);
    }

    /** The number of pages of this size that hold every match. */
    public long pages() {
        return (total + request.size() - 1) / request.size();
    }
}
