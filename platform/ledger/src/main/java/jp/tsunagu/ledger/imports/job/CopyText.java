package jp.tsunagu.ledger.imports.job;

import java.util.HexFormat;

/** Builds rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder text;
    private boolean rowStarted;

    CopyText(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    CopyText value(Object value) {
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
    CopyText bytes(byte[] value) {
        if (value == null) {
            return value(null);
        }
        separate();
        text.append("\\\\x").append(HEX.formatHex(value));
        return this;
    }

    void endRow() {
        text.append('\n');
        rowStarted = false;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    String take() {
        String rows = text.toString();
        text.setLength(0);
        return rows;
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }
}
