package jp.tsunagu.ledger.imports.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import jp.tsunagu.ledger.imports.csv.ImportFileException.Reason;
import jp.tsunagu.ledger.record.Fingerprint;

/**
 * The first pass over an import file, streaming: checks its size against the limit, computes its SHA-256 (the
 * file's identity for idempotent re-imports) and, when asked to detect, decides the encoding. A file that decodes as
 * strict UTF-8 from start to end is UTF-8 (with or without BOM); anything else is taken as Windows-31J, whose strict
 * decoding in the second pass then names the first line that is neither. Shift_JIS text is practically never valid
 * UTF-8: its lead bytes 0x81–0x9F are UTF-8 continuation bytes.
 */
public final class ImportFileScanner {

    private static final int BUFFER = 64 * 1024;

    private final ImportLimits limits;

    public ImportFileScanner(ImportLimits limits) {
        this.limits = limits;
    }

    public ScannedFile scan(Path file, EncodingChoice choice) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new ImportFileException(Reason.TOO_LARGE, 0,
                        "the file has " + size + " bytes, more than the limit of " + limits.maxBytes());
            }
            if (size == 0) {
                throw new ImportFileException(Reason.EMPTY, 0, "the file is empty");
            }
            return scan(file, size, choice);
        } catch (IOException e) {
            throw new ImportFileException(Reason.UNREADABLE, 0, "the file cannot be read");
        }
    }

    private ScannedFile scan(Path file, long size, EncodingChoice choice) throws IOException {
        MessageDigest sha256 = Fingerprint.sha256();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
        CharBuffer sink = CharBuffer.allocate(BUFFER + 8);
        byte[] buffer = new byte[BUFFER];
        byte[] head = new byte[3];
        int headLength = 0;
        boolean validUtf8 = choice == EncodingChoice.AUTO;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, read);
                for (int i = 0; i < read && headLength < 3; i++) {
                    head[headLength++] = buffer[i];
                }
                if (validUtf8) {
                    pending.put(buffer, 0, read).flip();
                    validUtf8 = decodes(utf8, pending, sink, false);
                    pending.compact();
                }
            }
        }
        if (validUtf8) {
            pending.flip();
            validUtf8 = decodes(utf8, pending, sink, true) && !utf8.flush(sink.clear()).isError();
        }
        if (headLength >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            throw new ImportFileException(Reason.UNSUPPORTED_ENCODING, 1, "UTF-16 files are not supported: save as UTF-8 or Shift_JIS");
        }
        boolean bom = headLength == 3 && head[0] == FileEncoding.UTF_8_BOM_BYTES[0]
                && head[1] == FileEncoding.UTF_8_BOM_BYTES[1] && head[2] == FileEncoding.UTF_8_BOM_BYTES[2];
        FileEncoding encoding = switch (choice) {
            case UTF_8 -> bom ? FileEncoding.UTF_8_BOM : FileEncoding.UTF_8;
            case SHIFT_JIS -> FileEncoding.WINDOWS_31J;
            case AUTO -> validUtf8 ? (bom ? FileEncoding.UTF_8_BOM : FileEncoding.UTF_8) : FileEncoding.WINDOWS_31J;
        };
        return new ScannedFile(file, size, Fingerprint.hex(sha256), encoding);
    }

    private static boolean decodes(CharsetDecoder decoder, ByteBuffer in, CharBuffer sink, boolean endOfInput) {
        while (true) {
            sink.clear();
            CoderResult result = decoder.decode(in, sink, endOfInput);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }
}
