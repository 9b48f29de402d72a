package org.smartjustice.platform.api.files;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a file is kept for. Each kind accepts some {@link FileType}s and has a size limit, set in
 * {@code etc/org.smartjustice.files.cfg} (the defaults here).
 */
public enum FileKind {
    /** Legal document templates and other office documents for download. */
    DOCUMENT(20, EnumSet.of(FileType.PDF, FileType.DOCX, FileType.DOC, FileType.XLSX, FileType.XLS, FileType.WPS)),
    /** Photos (of a venue, of a visit). */
    IMAGE(10, EnumSet.of(FileType.JPEG, FileType.PNG));

    private final int defaultLimitMib;
    private final Set<FileType> types;

    FileKind(int defaultLimitMib, Set<FileType> types) {
        this.defaultLimitMib = defaultLimitMib;
        this.types = types;
    }

    public int defaultLimitMib() {
        return defaultLimitMib;
    }

    public Set<FileType> types() {
        return EnumSet.copyOf(types);
    }

    public boolean accepts(FileType type) {
        return types.contains(type);
    }
}
