package jp.tsunagu.ledger.imports.profile;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/** A column mapping profile that cannot be used; names the part of the profile that is wrong. */
public class InvalidProfileException extends InvalidRequestException {

    public InvalidProfileException(String field, String detail) {
        super(field, detail);
    }
}
