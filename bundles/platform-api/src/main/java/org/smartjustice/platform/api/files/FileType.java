package org.smartjustice.platform.api.files;

import java.util.Locale;
import java.util.Optional;

/** A file type the platform accepts, with the media type it is served as and its file name extensions. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    DOC("application/msword", "doc"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    XLS("application/vnd.ms-excel", "xls"),
    /** WPS 文字 (Kingsoft), an OLE2 compound document like {@code .doc}. */
    WPS("application/vnd.ms-works", "wps"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String[] extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions[0];
    }

    /** The type a file name's extension names, if the platform knows it. */
    public static Optional<FileType> ofName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            for (String e : t.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}
