package jp.tsunagu.ledger.imports.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.ledger.imports.csv.ImportFileException.Reason;

/**
 * Reads CSV (RFC 4180) record by record from a stream: comma separated, fields optionally in double quotes, a quote
 * inside a quoted field doubled, line breaks (CRLF, LF or CR) inside quotes kept as LF. Holds one record at a time.
 *
 * <p>Errors name the line. A quoted field followed by anything but a comma or the line end, or a quote inside an
 * unquoted field, breaks only its record: it is returned marked {@code broken} and reading goes on at the next line.
 * A quote that never closes (it runs into the end of the file or past the field length limit), a byte sequence that
 * is not in the file's encoding, and too many columns stop the import.
 */
public final class CsvReader implements AutoCloseable {

    private static final int QUOTE = '"';
    private static final int COMMA = ',';
    private static final int CR = '\r';
    private static final int LF = '\n';

    private final StrictDecoder in;
    private final InputStream stream;
    private final ImportLimits limits;
    private final String encodingName;
    private final StringBuilder field = new StringBuilder(64);
    private long line = 1;
    private long ordinal = -1;
    private int lookahead = Integer.MIN_VALUE;

    public CsvReader(InputStream stream, Charset charset, ImportLimits limits) {
        this.stream = stream;
        this.in = new StrictDecoder(stream, charset);
        this.limits = limits;
        this.encodingName = charset.name().equalsIgnoreCase("windows-31j") ? "Shift_JIS (Windows-31J)" : charset.name();
    }

    /** Opens a scanned file in its encoding, past its BOM. */
    public static CsvReader open(ScannedFile file, ImportLimits limits) {
        try {
            InputStream stream = Files.newInputStream(file.path());
            stream.skipNBytes(file.encoding().bomLength());
            return new CsvReader(stream, file.encoding().charset(), limits);
        } catch (IOException e) {
            throw new ImportFileException(Reason.UNREADABLE, 0, "the file cannot be read");
        }
    }

    /** The next record, or empty at the end of the file. Empty lines are skipped. */
    public Optional<CsvRecord> next() {
        try {
            return readRecord();
        } catch (IOException e) {
            throw new ImportFileException(Reason.UNREADABLE, line, "the file cannot be read");
        }
    }

    /** Bytes consumed from the file so far (read ahead by one buffer): for progress. */
    public long bytesRead() {
        return in.bytesRead();
    }

    private Optional<CsvRecord> readRecord() throws IOException {
        int c = read();
        while (c == CR || c == LF) {
            endOfLine(c);
            c = read();
        }
        if (c == StrictDecoder.END) {
            return Optional.empty();
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        String broken = null;
        while (true) {
            field.setLength(0);
            if (c == QUOTE) {
                c = quotedField(startLine);
                if (c != COMMA && c != CR && c != LF && c != StrictDecoder.END) {
                    broken = "a quoted field is followed by text before the next comma";
                    c = skipRestOfLine(c);
                }
            } else {
                c = unquotedField(c);
                if (c == QUOTE) {
                    broken = "a quote inside a field that is not quoted";
                    c = skipRestOfLine(c);
                }
            }
            fields.add(field.toString());
            if (fields.size() > limits.maxColumns()) {
                throw new ImportFileException(Reason.TOO_MANY_COLUMNS, startLine,
                        "more than " + limits.maxColumns() + " columns");
            }
            if (c == COMMA && broken == null) {
                c = read();
                continue;
            }
            if (c == CR || c == LF) {
                endOfLine(c);
            }
            ordinal++;
            return Optional.of(new CsvRecord(startLine, ordinal, List.copyOf(fields), Optional.ofNullable(broken)));
        }
    }

    /** Reads a field after its opening quote; returns the character after the closing quote. */
    private int quotedField(long recordLine) throws IOException {
        long openedOn = line;
        while (true) {
            int c = read();
            if (c == StrictDecoder.END) {
                throw new ImportFileException(Reason.UNTERMINATED_QUOTE, openedOn,
                        "a quote opened here is never closed" + (openedOn != recordLine ? " (record from line " + recordLine + ")" : ""));
            }
            if (c == QUOTE) {
                int after = read();
                if (after != QUOTE) {
                    return after;
                }
                append(QUOTE, openedOn);
            } else if (c == CR || c == LF) {
                endOfLine(c);
                append(LF, openedOn);
            } else {
                append(c, openedOn);
            }
        }
    }

    /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
    private int unquotedField(int c) throws IOException {
        long startedOn = line;
        while (c != COMMA && c != CR && c != LF && c != QUOTE && c != StrictDecoder.END) {
            append(c, startedOn);
            c = read();
        }
        return c;
    }

    private int skipRestOfLine(int c) throws IOException {
        while (c != CR && c != LF && c != StrictDecoder.END) {
            if (field.length() < limits.maxFieldChars()) {
                field.append((char) c);
            }
            c = read();
        }
        return c;
    }

    private void append(int c, long fieldLine) {
        if (field.length() >= limits.maxFieldChars()) {
            throw new ImportFileException(Reason.FIELD_TOO_LONG, fieldLine, "a field longer than " + limits.maxFieldChars()
                    + " characters starts here (often a quote that is never closed)");
        }
        field.append((char) c);
    }

    /** Counts a line break; a CR followed by LF is one. */
    private void endOfLine(int c) throws IOException {
        line++;
        if (c == CR) {
            int next = read();
            if (next != LF) {
                lookahead = next;
            }
        }
    }

    private int read() throws IOException {
        int c;
        if (lookahead != Integer.MIN_VALUE) {
            c = lookahead;
            lookahead = Integer.MIN_VALUE;
        } else {
            c = in.read();
        }
        if (c == StrictDecoder.MALFORMED) {
            throw new ImportFileException(Reason.WRONG_ENCODING, line,
                    "bytes that are not " + encodingName + " (say which encoding the file has: UTF-8 or Shift_JIS)");
        }
        return c;
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // nothing was written; closing a read stream cannot lose data
        }
    }
}
