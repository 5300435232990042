package jp.tsunagu.backup;

/** A backup was not taken because of what it was asked to do (no such schema, an output file that exists). */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }
}
