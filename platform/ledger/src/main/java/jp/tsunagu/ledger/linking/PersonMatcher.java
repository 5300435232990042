package jp.tsunagu.ledger.linking;

import java.util.UUID;

/**
 * The linkage SPI. {@link LinkageMatcher} normalises, blocks and scores with the linkage module; {@link ExactKeyMatcher}
 * compares exact keys. Which one the application injects is decided by its wiring. One session serves one run over one disaster: it is told every record already linked
 * and to whom, then asked about each new record in turn, and told where each one went so later records of the same
 * run can link to it. Sessions are used by one thread.
 */
public interface PersonMatcher {

    MatchSession open(UUID disasterId);

    interface MatchSession {

        /** A record already in the ledger, linked to {@code personId}. */
        void know(LinkSubject record, UUID personId);

        MatchDecision decide(LinkSubject incoming);
    }
}
