package jp.tsunagu.ledger.linking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The linkage SPI. {@link LinkageMatcher} normalises, blocks and scores with the linkage module; {@link ExactKeyMatcher}
 * compares exact keys. Which one the application injects is decided by its wiring. One session serves one run over one disaster: it is told every record already linked
 * and to whom, then asked about each new record in turn, and told where each one went so later records of the same
 * run can link to it. Sessions are used by one thread.
 */
public interface PersonMatcher {

    MatchSession open(UUID disasterId);

    /**
     * What the matcher would like stored with the record at import, so that later sessions read it instead of
     * working it out again (see {@link LinkSubject#matchingKeys()}); empty when it needs nothing. Thread-safe.
     */
    default Optional<String> keysOf(LinkSubject record) {
        return Optional.empty();
    }

    interface MatchSession {

        /** A record already in the ledger, linked to {@code personId}. */
        void know(LinkSubject record, UUID personId);

        MatchDecision decide(LinkSubject incoming);

        /**
         * How many records this run is about to decide, told before the first {@link #decide}: a matcher may weigh
         * its evidence by the size of the population a record is compared with.
         */
        default void expect(long records) {
        }

        /**
         * The records about to be decided, in the order they will be: a session may decide them ahead (in parallel),
         * provided every {@link #decide} still returns exactly what deciding at its turn, after the {@link #know} of
         * all records before it, would return.
         */
        default void prepare(List<LinkSubject> upcoming) {
        }
    }
}
