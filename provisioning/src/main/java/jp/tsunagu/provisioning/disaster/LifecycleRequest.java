package jp.tsunagu.provisioning.disaster;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/** The JSON body of a lifecycle step: the action (close, reopen, archive, purge) and an optional reason. */
public record LifecycleRequest(String action, String reason) {

    public LifecycleAction toAction() {
        return RequestFields.requireEnum(action, LifecycleAction.class, "action");
    }

    public String checkedReason() {
        if (reason != null && reason.length() > 1000) {
            throw new InvalidRequestException("reason", "reason is longer than 1000 characters");
        }
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
