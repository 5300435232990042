package jp.tsunagu.ledger.sharing;

import java.util.List;

/** A page of the persons a host sees through an agreement, with {@code total} over all pages. */
public record SharedPersonList(List<SharedPerson> persons, long total, int page, int size, long pages) {
}
