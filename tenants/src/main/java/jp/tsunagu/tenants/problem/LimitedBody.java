package jp.tsunagu.tenants.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A request body read through a size limit, for bodies whose length is not declared (chunked): the read that crosses
 * the limit throws the refusal instead of returning bytes, so no more than the limit is ever read.
 */
public final class LimitedBody extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> refusal;
    private long count;

    public LimitedBody(InputStream body, long limit, Supplier<? extends RuntimeException> refusal) {
        super(body);
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        count += n;
        if (count > limit) {
            throw refusal.get();
        }
    }
}
