package jp.tsunagu.backup;

/**
 * The rows loaded do not match the archive's manifest (count or checksum), or break a constraint of the schema: the
 * restore was undone. Names tables and constraints, never values.
 */
public class RestoreVerificationException extends RuntimeException {

    public RestoreVerificationException(String message) {
        super(message);
    }
}
