package org.smartjustice.platform.internal.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an XLSX (a ZIP) before POI opens it: every entry is inflated once and counted, so that a
 * zip bomb is refused by what it really inflates to, whatever its headers claim; and no two
 * entries may share a name (case-insensitively, as OPC part names compare), which POI before 5.4
 * does not check itself (CVE-2025-31672). POI's own inflate-ratio check stays on as well.
 */
final class ZipLimits {

    /** One part, e.g. the first sheet or the shared strings: far above any real import. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** All parts together. */
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private ZipLimits() {
    }

    static void check(Path file) throws IOException {
        check(file, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
    }

    static void check(Path file, long maxEntry, long maxTotal) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int count = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new IOException("文件中的部件过多（超过 " + MAX_ENTRIES + " 个）");
                }
                if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                    throw new IOException("文件结构不合规：部件 " + entry.getName() + " 重复出现");
                }
                if (entry.getSize() > maxEntry) {
                    throw tooLarge(entry, maxEntry);
                }
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        size += n;
                        total += n;
                        if (size > maxEntry) {
                            throw tooLarge(entry, maxEntry);
                        }
                        if (total > maxTotal) {
                            throw new IOException("文件解压后超过 " + mib(maxTotal) + " MB，疑似压缩炸弹，已拒绝");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new IOException("不是有效的 XLSX 文件（ZIP 结构损坏）", e);
        }
    }

    private static IOException tooLarge(ZipEntry entry, long maxEntry) {
        return new IOException("文件中的部件 " + entry.getName() + " 解压后超过 " + mib(maxEntry) + " MB，疑似压缩炸弹，已拒绝");
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
