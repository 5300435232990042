package jp.tsunagu.ledger.search;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/** Which page of a search: {@code page} counts from 0, {@code size} is 1 to {@value #LARGEST_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int LARGEST_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        if (page < 0) {
            throw new InvalidRequestException("page", "page counts from 0");
        }
        if (size < 1 || size > LARGEST_SIZE) {
            throw new InvalidRequestException("size", "size is between 1 and " + LARGEST_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    long offset() {
        return (long) page * size;
    }
}
