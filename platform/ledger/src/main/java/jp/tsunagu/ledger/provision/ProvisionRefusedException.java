package jp.tsunagu.ledger.provision;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/** A provision that the law does not allow as asked, e.g. under consent to a party the person did not consent to. */
public class ProvisionRefusedException extends ProblemException {

    public ProvisionRefusedException(String field, String detail) {
        super(ProblemKind.FORBIDDEN, field, detail);
    }
}
