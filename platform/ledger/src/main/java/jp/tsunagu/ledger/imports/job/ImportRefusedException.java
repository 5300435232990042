package jp.tsunagu.ledger.imports.job;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/** The import cannot run now: the disaster is unknown or not active, or the same file is being imported already. */
public class ImportRefusedException extends ProblemException {

    public ImportRefusedException(ProblemKind kind, String detail) {
        super(kind, detail);
    }
}
