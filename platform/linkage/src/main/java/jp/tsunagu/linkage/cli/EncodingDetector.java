package jp.tsunagu.linkage.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-8 (with or without BOM) from Shift_JIS: Japanese municipal systems still export Windows-31J (CP932, the
 * Microsoft Shift_JIS with ①, ㈱ and IBM extensions such as 髙 and 﨑). Looks at the first 64 KiB: if they decode as
 * UTF-8 the file is UTF-8, otherwise Windows-31J.
 */
final class EncodingDetector {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final int SAMPLE = 64 * 1024;

    private EncodingDetector() {
    }

    /** Detects the encoding and skips a UTF-8 byte order mark; the stream must support mark/reset. */
    static Charset detect(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE + 1);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        return isUtf8(sample, sample.length == SAMPLE) ? StandardCharsets.UTF_8 : WINDOWS_31J;
    }

    /** Skips a UTF-8 byte order mark if present (when the encoding was given rather than detected). */
    static void skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        in.reset();
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        }
    }

    private static boolean isUtf8(byte[] sample, boolean truncated) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(sample.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample), out, !truncated);
        // A sample cut in the middle of a character ends in underflow, which is fine.
        return !result.isError();
    }
}
