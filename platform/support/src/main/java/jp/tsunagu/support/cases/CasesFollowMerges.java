package jp.tsunagu.support.cases;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.person.MergeGuard;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * A merge combines the persons' support cases into one history ({@link SupportCases}), which has one holder. Two cases
 * held by different parties would leave one of them holding a case it can no longer see as its own, so such a merge is
 * refused (409) until one holder (or the prefecture) has transferred its case to the other.
 */
@ApplicationScoped
public class CasesFollowMerges implements MergeGuard {

    @Inject
    SupportCases cases;

    @Override
    public void beforeMerge(UUID disasterId, UUID survivorId, UUID absorbedId) {
        Optional<ActingFor> survivor = cases.find(disasterId, survivorId).flatMap(SupportCase::holder);
        Optional<ActingFor> absorbed = cases.find(disasterId, absorbedId).flatMap(SupportCase::holder);
        if (survivor.isPresent() && absorbed.isPresent() && !survivor.equals(absorbed)) {
            throw new CasesHeldApartException();
        }
    }

    /** Both persons' cases are held, by different parties. */
    public static class CasesHeldApartException extends ProblemException {

        CasesHeldApartException() {
            super(ProblemKind.CONFLICT, "both persons have a support case, held by different parties: transfer one case"
                    + " to the other's holder first, then merge");
        }
    }
}
