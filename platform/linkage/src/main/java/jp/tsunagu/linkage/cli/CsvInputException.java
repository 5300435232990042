package jp.tsunagu.linkage.cli;

/** Input that cannot be read: says where (line) and which field, never the value. */
public class CsvInputException extends Exception {

    private final long line;

    public CsvInputException(long line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
