package jp.tsunagu.ledger.imports.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV for downloads (reports, rejected rows): CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break. Downloads are UTF-8 with a BOM so Excel opens them with the right encoding.
 */
public final class CsvWriter {

    public static final char BOM = '\uFEFF';

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public CsvWriter bom() {
        write(String.valueOf(BOM));
        return this;
    }

    public CsvWriter row(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                line.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                line.append(field);
            }
        }
        write(line.append("\r\n").toString());
        return this;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
