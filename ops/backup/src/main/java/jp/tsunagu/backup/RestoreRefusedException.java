package jp.tsunagu.backup;

/**
 * A restore was refused before it changed anything, or undone after it found a difference: a schema with data and
 * no permission to replace it, an archive of another tenant, another release's changesets.
 */
public class RestoreRefusedException extends RuntimeException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
