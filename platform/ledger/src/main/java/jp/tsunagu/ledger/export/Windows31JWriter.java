package jp.tsunagu.ledger.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Writes text as Windows-31J (Shift_JIS as Windows and Excel use it: with 髙, 﨑, ①, ㈱). Text from Unix and Mac systems
 * uses other code points for a few marks that Windows-31J has: 〜 (U+301C), ‖, − (U+2212), — and the no-break space are
 * written as ～, ∥, －, ― and a space, which is how they look in Windows. Any character Windows-31J cannot hold at all
 * (𠮷, rare name kanji outside JIS X 0208 and the NEC/IBM extensions) is written as 〓 (ゲタ, U+3013), the customary
 * mark for a character that could not be printed, so the loss is visible in the file instead of a silent ? or a
 * dropped character. The UTF-8 export keeps every character.
 */
final class Windows31JWriter extends FilterWriter {

    /** 〓 in Windows-31J. */
    static final byte[] GETA = {(byte) 0x81, (byte) 0xAC};
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    Windows31JWriter(OutputStream out) {
        super(new OutputStreamWriter(out, encoder()));
    }

    private static CharsetEncoder encoder() {
        return WINDOWS_31J.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE)
                .replaceWith(GETA);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(windowsForm((char) c));
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        char[] mapped = new char[length];
        for (int i = 0; i < length; i++) {
            mapped[i] = windowsForm(text[offset + i]);
        }
        out.write(mapped, 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    static char windowsForm(char c) {
        return switch (c) {
            case '\u301C' -> '\uFF5E';
            case '\u2016' -> '\u2225';
            case '\u2212' -> '\uFF0D';
            case '\u2014' -> '\u2015';
            case '\u00A0' -> ' ';
            default -> c;
        };
    }
}
