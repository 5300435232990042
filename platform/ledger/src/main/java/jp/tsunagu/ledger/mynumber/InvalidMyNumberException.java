package jp.tsunagu.ledger.mynumber;

/** A value that is not a 個人番号; the message says what is wrong, never the value. */
public class InvalidMyNumberException extends IllegalArgumentException {

    public InvalidMyNumberException(String message) {
        super(message);
    }
}
