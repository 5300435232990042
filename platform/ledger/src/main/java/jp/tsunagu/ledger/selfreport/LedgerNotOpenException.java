package jp.tsunagu.ledger.selfreport;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/** The disaster instance takes no reports now (closing, archived or purged): 409. */
public class LedgerNotOpenException extends ProblemException {

    public LedgerNotOpenException() {
        super(ProblemKind.CONFLICT, "the disaster instance takes no self-reports now");
    }
}
