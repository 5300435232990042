package jp.tsunagu.ledger.imports.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * An encoding an import file can have. Shift_JIS files from Windows and Excel are really Windows-31J (MS932), which
 * has the NEC and IBM extensions (髙, 﨑, ①, ㈱); Java's "Shift_JIS" lacks them, so it is never used.
 */
public enum FileEncoding {
    UTF_8(StandardCharsets.UTF_8, false),
    UTF_8_BOM(StandardCharsets.UTF_8, true),
    WINDOWS_31J(Charset.forName("windows-31j"), false);

    static final byte[] UTF_8_BOM_BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Charset charset;
    private final boolean bom;

    FileEncoding(Charset charset, boolean bom) {
        this.charset = charset;
        this.bom = bom;
    }

    public Charset charset() {
        return charset;
    }

    /** Bytes to skip at the start of the file. */
    public int bomLength() {
        return bom ? UTF_8_BOM_BYTES.length : 0;
    }
}
