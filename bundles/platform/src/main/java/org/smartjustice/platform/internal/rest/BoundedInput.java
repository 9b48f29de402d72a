package org.smartjustice.platform.internal.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.smartjustice.platform.api.problem.ProblemException;

/** A request body that may not be longer than a limit: past it, 413 and nothing more is read. */
final class BoundedInput extends FilterInputStream {

    private final long limit;
    private long count;

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
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
            throw tooLarge(limit);
        }
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "payload-too-large", "请求体过大",
                "请求体超过上限 " + limit + " 字节");
    }
}
