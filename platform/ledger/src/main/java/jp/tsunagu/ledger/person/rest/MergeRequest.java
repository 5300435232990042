package jp.tsunagu.ledger.person.rest;

import java.util.UUID;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/** The JSON body of a merge by hand: the person who survives, the one absorbed, and why they are one. */
public record MergeRequest(String survivor, String absorbed, String reason) {

    public UUID survivorId() {
        return id(survivor, "survivor");
    }

    public UUID absorbedId() {
        return id(absorbed, "absorbed");
    }

    public String checkedReason() {
        return RequestFields.requireText(reason, "reason", 1000);
    }

    static UUID id(String value, String field) {
        String text = RequestFields.requireText(value, field, 36);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, field + " is not a person id");
        }
    }
}
