package jp.tsunagu.ledger.person;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/** A ledger change that does not fit the current state, e.g. undoing a merge that a later merge builds on. */
public class LedgerConflictException extends ProblemException {

    public LedgerConflictException(String detail) {
        super(ProblemKind.CONFLICT, detail);
    }
}
