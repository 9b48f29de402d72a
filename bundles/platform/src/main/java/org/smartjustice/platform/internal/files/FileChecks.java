package org.smartjustice.platform.internal.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.smartjustice.platform.api.files.FileKind;
import org.smartjustice.platform.api.files.FileType;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * What a file is, from its bytes. Tika's magic numbers (with the name's extension as a hint, as
 * Tika weighs it) tell PDF, images, OOXML and OLE2 containers apart; a container is then opened to
 * see that it holds the document its name says: a workbook renamed {@code .docx} is refused.
 */
final class FileChecks {

    /** Tika's own type registry, loaded once from its bundle (no parsers, no class-path scan). */
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes(MimeTypes.class.getClassLoader());
    /** The most zip entries an OOXML document may have. */
    private static final int MAX_ENTRIES = 2_000;
    /** The most an OOXML document may unpack to. */
    static final int MAX_INFLATED_MIB = 100;

    private FileChecks() {
    }

    /** The type of a file of a kind, or a 400 naming the field. */
    static FileType check(FileKind kind, String name, byte[] bytes, String field) {
        if (bytes.length == 0) {
            throw ProblemException.invalidField(field, "文件为空");
        }
        FileType named = FileType.ofName(name).filter(kind::accepts).orElseThrow(() -> ProblemException.invalidField(field,
                "不接受这种文件：文件名须以 " + extensions(kind.types()) + " 结尾"));
        String detected = detect(name, bytes);
        if (!detected.equals(named.mediaType()) || !holdsItsDocument(named, bytes, field)) {
            throw ProblemException.invalidField(field, "文件内容与文件名不符：名为 ." + named.extension()
                    + "，内容却是 " + detected);
        }
        return named;
    }

    static String detect(String name, byte[] bytes) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            MediaType type = TYPES.detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private static boolean holdsItsDocument(FileType type, byte[] bytes, String field) {
        return switch (type) {
            case DOCX -> hasZipEntry(bytes, "word/document.xml", field);
            case XLSX -> hasZipEntry(bytes, "xl/workbook.xml", field);
            case DOC, WPS -> hasOleEntry(bytes, "WordDocument");
            case XLS -> hasOleEntry(bytes, "Workbook") || hasOleEntry(bytes, "Book");
            default -> true;
        };
    }

    /**
     * Whether an OOXML package holds its main part. Every entry is inflated, up to a bound: a
     * template that unpacks to more than {@value #MAX_INFLATED_MIB} MiB is a zip bomb waiting for
     * whoever downloads and opens it, and is refused.
     */
    private static boolean hasZipEntry(byte[] bytes, String part, String field) {
        boolean found = false;
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            for (int i = 0; (e = zip.getNextEntry()) != null; i++) {
                if (i >= MAX_ENTRIES) {
                    throw ProblemException.invalidField(field, "文件中的条目过多（至多 " + MAX_ENTRIES + " 个）");
                }
                found |= e.getName().equals(part);
                for (int n; (n = zip.read(buffer)) > 0;) {
                    inflated += n;
                    if (inflated > MAX_INFLATED_MIB * 1024L * 1024L) {
                        throw ProblemException.invalidField(field, "文件解压后超过 " + MAX_INFLATED_MIB + " MB，疑似压缩炸弹");
                    }
                }
            }
            return found;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasOleEntry(byte[] bytes, String entry) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            return root.hasEntry(entry);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String extensions(Set<FileType> types) {
        StringBuilder out = new StringBuilder();
        types.forEach(t -> out.append(out.length() == 0 ? "" : "、").append('.').append(t.extension()));
        return out.toString();
    }
}
