package jp.tsunagu.provisioning.disaster;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/** A disaster instance of the same name exists in the prefecture already: switching on twice is refused. */
public class DuplicateDisasterNameException extends ProblemException {

    public DuplicateDisasterNameException() {
        super(ProblemKind.DUPLICATE, "name", "a disaster instance with this name exists already in the prefecture");
    }
}
