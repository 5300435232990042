package jp.tsunagu.provisioning.disaster;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/** A lifecycle step that the instance's current status does not allow (e.g. purging an active instance). */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(LifecycleAction action, DisasterStatus current) {
        super(ProblemKind.ILLEGAL_TRANSITION, "action",
                "%s is only allowed from %s; the disaster instance is %s".formatted(action, action.from(), current));
    }
}
