package jp.tsunagu.linkage.match;

import java.util.Objects;

/** Two records that may be one person and need a human decision, with the score in bits. */
public record ReviewPair(String firstRecordId, String secondRecordId, double score) {

    public ReviewPair {
        Objects.requireNonNull(firstRecordId, "firstRecordId");
        Objects.requireNonNull(secondRecordId, "secondRecordId");
    }
}
