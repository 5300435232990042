package jp.tsunagu.ledger.person.rest;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/** A JSON body that only gives the reason for a decision, e.g. undoing a merge. */
public record ReasonRequest(String reason) {

    public static String required(ReasonRequest body) {
        if (body == null) {
            throw new InvalidRequestException("reason", "a JSON body with a reason is required");
        }
        return RequestFields.requireText(body.reason(), "reason", 1000);
    }
}
