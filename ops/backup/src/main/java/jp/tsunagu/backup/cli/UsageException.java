package jp.tsunagu.backup.cli;

/** The command line was not understood; the message says what to change. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
