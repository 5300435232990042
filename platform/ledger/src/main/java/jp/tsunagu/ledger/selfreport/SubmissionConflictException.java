package jp.tsunagu.ledger.selfreport;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/** The portal sent another content under a submission id it used before: nothing is stored (409). */
public class SubmissionConflictException extends ProblemException {

    public SubmissionConflictException() {
        super(ProblemKind.CONFLICT, "submissionId",
                "this submission id was used before for a different report; send a new id for a new report");
    }
}
