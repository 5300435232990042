package jp.tsunagu.tenants.reference;

/** A code that is not a valid prefecture or municipality code; names the field so the API can say which. */
public class InvalidCodeException extends IllegalArgumentException {

    private final String field;

    public InvalidCodeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
