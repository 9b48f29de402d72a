package org.smartjustice.platform.internal.sheets;

import java.io.IOException;

/** The file has more data rows than one import takes; reading stopped at the first row too many. */
public final class TooManyRows extends IOException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    public TooManyRows(int limit) {
        super("文件的数据行超过 " + limit + " 行，请拆分为多个文件导入");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
