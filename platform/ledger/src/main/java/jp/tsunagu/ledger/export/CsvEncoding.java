package jp.tsunagu.ledger.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.tsunagu.ledger.imports.csv.CsvWriter;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * The encodings an export is written in: UTF-8 with a BOM (Excel's "CSV UTF-8", every character kept), or Shift_JIS
 * as Windows and Excel write it (Windows-31J), with the characters it cannot hold made visible (see
 * {@link Windows31JWriter}).
 */
public enum CsvEncoding {
    UTF_8("text/csv; charset=UTF-8"),
    SHIFT_JIS("text/csv; charset=Windows-31J");

    private final String mediaType;

    CsvEncoding(String mediaType) {
        this.mediaType = mediaType;
    }

    /** {@code utf-8} (the default) or {@code shift_jis}; also {@code sjis}, {@code windows-31j}, {@code cp932}. */
    public static CsvEncoding parse(String name) {
        if (name == null || name.isBlank()) {
            return UTF_8;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "utf_8", "utf8" -> UTF_8;
            case "shift_jis", "sjis", "windows_31j", "ms932", "cp932" -> SHIFT_JIS;
            default -> throw new InvalidRequestException("encoding", "encoding is utf-8 or shift_jis");
        };
    }

    public String mediaType() {
        return mediaType;
    }

    /** A writer of the file's text onto {@code out}; UTF-8 starts with its BOM. */
    public Writer open(OutputStream out) {
        if (this == SHIFT_JIS) {
            return new Windows31JWriter(out);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new CsvWriter(writer).bom();
        return writer;
    }
}
