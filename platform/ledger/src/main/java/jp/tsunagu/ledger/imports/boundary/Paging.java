package jp.tsunagu.ledger.imports.boundary;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/** The bounds of a page a client asks for, checked so that nobody reads a million rows in one answer. */
final class Paging {

    static final int MAX_LIMIT = 500;

    private Paging() {
    }

    static void check(String offsetName, long offset, String limitName, int limit) {
        if (offset < 0) {
            throw new InvalidRequestException(offsetName, offsetName + " is 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException(limitName, limitName + " is between 1 and " + MAX_LIMIT);
        }
    }
}
