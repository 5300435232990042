package jp.tsunagu.backup.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Counts and hashes COPY text as it streams past, so no table is ever held in memory. In COPY's text format every row
 * ends with a newline and a newline inside a value is written as {@code \n}, so the rows are the newline bytes.
 */
public final class CopyTextDigest {

    private final MessageDigest sha256;
    private long rows;

    public CopyTextDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public void update(byte[] bytes, int offset, int length) {
        sha256.update(bytes, offset, length);
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                rows++;
            }
        }
    }

    public TableDigest result() {
        return TableDigest.of(rows, sha256.digest());
    }

    /** Digests a whole stream (an archive entry). */
    public static TableDigest of(InputStream in) throws IOException {
        CopyTextDigest digest = new CopyTextDigest();
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return digest.result();
    }

    /**
     * Passes the bytes on to {@code target} (which it leaves open: an archive writes its next entry there) and digests
     * them; a {@code null} target digests only.
     */
    public static Tee tee(OutputStream target) {
        return new Tee(target);
    }

    public static final class Tee extends FilterOutputStream {

        private final CopyTextDigest digest = new CopyTextDigest();

        private Tee(OutputStream target) {
            super(target == null ? OutputStream.nullOutputStream() : target);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            digest.update(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        public TableDigest result() {
            return digest.result();
        }
    }
}
