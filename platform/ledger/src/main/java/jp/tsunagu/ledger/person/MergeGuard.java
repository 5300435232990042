package jp.tsunagu.ledger.person;

import java.util.UUID;

/**
 * Something kept about persons outside the ledger that a merge must not silently combine (a support case, which has
 * one holder). Found through CDI; called before the absorbed person's records move, inside the merge's transaction.
 * Refuses by throwing a problem (e.g. a conflict naming what to resolve first).
 */
public interface MergeGuard {

    void beforeMerge(UUID disasterId, UUID survivorId, UUID absorbedId);
}
