package jp.tsunagu.linkage.match;

import java.util.List;
import java.util.Objects;

/**
 * The persons found in one run: {@code personIds.get(i)} is the person of the i-th input record. Person ids are
 * {@code P} and a sequence number in order of each person's first record, so they are stable for the same input.
 */
public record LinkageResult(List<String> recordIds, List<String> personIds, List<ReviewPair> reviewPairs,
                            long candidatePairs, long linkedPairs) {

    public LinkageResult {
        Objects.requireNonNull(recordIds, "recordIds");
        Objects.requireNonNull(personIds, "personIds");
        Objects.requireNonNull(reviewPairs, "reviewPairs");
        if (recordIds.size() != personIds.size()) {
            throw new IllegalArgumentException("one person id per record is needed");
        }
    }

    public int personCount() {
        return (int) personIds.stream().distinct().count();
    }
}
