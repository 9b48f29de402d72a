package org.smartjustice.venues.internal.imports;

import java.io.IOException;

/** XLSX reading and the XLSX template. */
public final class XlsxTables {

    private XlsxTables() {
    }

    public static Table read(byte[] bytes) throws IOException {
        throw new IOException("XLSX is not supported yet");
    }

    public static byte[] template() {
        throw new UnsupportedOperationException("XLSX template not available yet");
    }
}
