package jp.tsunagu.linkage.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A streaming RFC 4180 reader: fields separated by commas, optionally in double quotes, "" for a quote inside
 * quotes, line breaks inside quotes allowed, CRLF or LF line ends. Knows the line number where each record starts.
 */
final class CsvReader {

    private final Reader in;
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line on which the last record returned by {@link #next} started. */
    long recordLine() {
        return recordLine;
    }

    Optional<List<String>> next() throws IOException, CsvInputException {
        int c = read();
        while (c == '\r' || c == '\n') {
            // Blank lines between records carry nothing.
            c = consumeLineEnd(c);
        }
        if (c == -1) {
            return Optional.empty();
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(8);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvInputException(recordLine, "a quoted field is not closed");
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                fields.add(field.toString());
                if (c != -1) {
                    int after = consumeLineEnd(c);
                    pushedBack = after;
                }
                return Optional.of(fields);
            } else if (wasQuoted) {
                throw new CsvInputException(recordLine, "text after the closing quote of field " + (fields.size() + 1));
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Consumes a CR, LF or CRLF and returns the character after it. */
    private int consumeLineEnd(int c) throws IOException {
        line++;
        if (c == '\r') {
            int next = read();
            return next == '\n' ? read() : next;
        }
        return read();
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
