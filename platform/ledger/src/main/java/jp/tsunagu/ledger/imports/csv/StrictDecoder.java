package jp.tsunagu.ledger.imports.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream strictly, a buffer at a time, and hands out characters one by one. Unlike an
 * InputStreamReader it reports a byte sequence that is not in the charset only when the reader reaches it, after
 * every character before it, so the caller can say on which line the file stops being in its encoding.
 */
final class StrictDecoder {

    /** Returned by {@link #read()} where the input is not in the charset. */
    static final int MALFORMED = -2;
    static final int END = -1;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private boolean endOfInput;
    private boolean malformed;
    private boolean finished;
    private long bytesRead;

    StrictDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        chars.flip();
    }

    int read() throws IOException {
        while (!chars.hasRemaining()) {
            if (malformed) {
                return MALFORMED;
            }
            if (finished) {
                return END;
            }
            fill();
        }
        return chars.get();
    }

    long bytesRead() {
        return bytesRead;
    }

    private void fill() throws IOException {
        chars.clear();
        if (!endOfInput && bytes.hasRemaining()) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
                bytesRead += read;
            }
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        bytes.compact();
        if (result.isError()) {
            malformed = true;
        } else if (endOfInput && result.isUnderflow()) {
            if (decoder.flush(chars).isError()) {
                malformed = true;
            }
            finished = true;
        }
        chars.flip();
    }
}
