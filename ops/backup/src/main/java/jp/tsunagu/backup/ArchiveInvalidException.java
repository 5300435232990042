package jp.tsunagu.backup;

/**
 * The archive cannot be trusted: not a tenant backup, damaged, altered or incomplete. The message names entries,
 * tables and figures, never their content.
 */
public class ArchiveInvalidException extends RuntimeException {

    public ArchiveInvalidException(String message) {
        super(message);
    }
}
