package jp.tsunagu.tenants.problem;

/** A request field is missing or malformed; the detail says what is expected, never echoes the value. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String field, String detail) {
        super(ProblemKind.INVALID_REQUEST, field, detail);
    }
}
