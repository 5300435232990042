package jp.tsunagu.ledger.bulk;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import org.postgresql.PGConnection;

/**
 * Builds rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes) and sends
 * them with the driver's COPY API.
 */
public final class CopyText {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder text;
    private boolean rowStarted;

    public CopyText(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    /** A value by its {@code toString}, escaped; null is SQL NULL. */
    public CopyText value(Object value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    /** A bytea value: hex form, its backslash escaped for the text format. */
    public CopyText bytes(byte[] value) {
        if (value == null) {
            return value(null);
        }
        separate();
        text.append("\\\\x").append(HEX.formatHex(value));
        return this;
    }

    public void endRow() {
        text.append('\n');
        rowStarted = false;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /**
     * Sends the rows with {@code copySql} ({@code COPY table (columns) FROM STDIN}) and starts empty again, keeping
     * its buffer. The rows are read straight from the buffer: a chunk's text is megabytes, and copying it into a
     * String each time would give the garbage collector a large object per chunk.
     */
    public long copyInto(Connection db, String copySql) throws SQLException {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return db.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new BufferReader(text), 1 << 16);
        } catch (IOException e) {
            throw new SQLException("sending rows with COPY failed", e);
        } finally {
            text.setLength(0);
        }
    }

    /** Reads a StringBuilder as it is, without copying it first. */
    private static final class BufferReader extends Reader {

        private final StringBuilder text;
        private int next;

        BufferReader(StringBuilder text) {
            this.text = text;
        }

        @Override
        public int read(char[] into, int offset, int length) {
            if (next >= text.length()) {
                return -1;
            }
            int count = Math.min(length, text.length() - next);
            text.getChars(next, next + count, into, offset);
            next += count;
            return count;
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }
}
