package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.rest.UploadLimit;

class UploadReaderTest {

    private static final String BOUNDARY = "----justice7MA4YWxkTrZu0gW";
    private final UploadReader reader = new UploadReader();

    @SuppressWarnings("unused")
    void resource(@UploadLimit(mebibytes = 1) Upload small) {
    }

    private static Annotation[] oneMiB() throws NoSuchMethodException {
        return UploadReaderTest.class.getDeclaredMethod("resource", Upload.class).getParameterAnnotations()[0];
    }

    private Upload read(MediaType type, byte[] body, Annotation[] annotations, String disposition) throws Exception {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Content-Length", String.valueOf(body.length));
        if (disposition != null) {
            headers.putSingle("Content-Disposition", disposition);
        }
        return reader.readFrom(Upload.class, Upload.class, annotations, type, headers, new ByteArrayInputStream(body));
    }

    /** A browser's form: a text field, then the file with a UTF-8 name. */
    static byte[] form(String fileField, String fileName, byte[] content, String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileField != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static MediaType multipart() {
        return MediaType.valueOf("multipart/form-data; boundary=" + BOUNDARY);
    }

    @Test
    void aRawBodyIsTheFileWithTheNameOfItsContentDisposition() throws Exception {
        byte[] csv = "类型,名称\n司法所,甲\n".getBytes(StandardCharsets.UTF_8);
        Upload u = read(MediaType.valueOf("text/csv; charset=UTF-8"), csv, new Annotation[0],
                "attachment; filename=\"venues.csv\"; filename*=UTF-8''%E9%98%B5%E5%9C%B0.csv");
        assertArrayEquals(csv, u.bytes());
        assertEquals("阵地.csv", u.fileName());
        assertEquals("UTF-8", MediaType.valueOf(u.contentType()).getParameters().get("charset"));
        assertNull(read(MediaType.TEXT_PLAIN_TYPE, csv, new Annotation[0], null).fileName());
    }

    @Test
    void aFormGivesItsFilePartAndKeepsItsOtherFields() throws Exception {
        byte[] csv = "类型,名称\n司法所,乙\n".getBytes(StandardCharsets.UTF_8);
        Upload u = read(multipart(), form("file", "中原区阵地.csv", csv, "crs", "gcj02", "charset", "UTF-8"),
                new Annotation[0], null);
        assertArrayEquals(csv, u.bytes());
        assertEquals("中原区阵地.csv", u.fileName());
        assertEquals("text/csv", u.contentType());
        assertEquals("gcj02", u.field("crs", "wgs84"));
        assertEquals("wgs84", u.field("format", "wgs84"));
        // A file input with another name is taken too.
        assertArrayEquals(csv, read(multipart(), form("upload", "a.csv", csv), new Annotation[0], null).bytes());
    }

    @Test
    void anEscapedQuoteInAFileNameIsAQuoteNotAPath() throws Exception {
        byte[] csv = "类型,名称\n司法所,乙\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("t\"x.docx", read(multipart(), form("file", "t\\\"x.docx", csv), new Annotation[0], null).fileName());
        assertEquals("t\"x.csv", read(MediaType.valueOf("text/csv"), csv, new Annotation[0],
                "attachment; filename=\"t\\\"x.csv\"").fileName());
    }

    @Test
    void aFormWithoutAFileNamesTheFileField() throws Exception {
        ProblemException e = assertThrows(ProblemException.class,
                () -> read(multipart(), form(null, null, null, "crs", "gcj02"), new Annotation[0], null));
        assertEquals(400, e.status());
        assertEquals("file", e.errors().get(0).field());
        ProblemException broken = assertThrows(ProblemException.class, () -> read(multipart(),
                "--nope\r\n garbage".getBytes(StandardCharsets.UTF_8), new Annotation[0], null));
        assertEquals(400, broken.status());
    }

    @Test
    void aFileOverTheLimitIs413RawOrInAForm() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals(413, assertThrows(ProblemException.class,
                () -> read(MediaType.valueOf("text/csv"), big, oneMiB(), null)).status());
        assertEquals(413, assertThrows(ProblemException.class,
                () -> read(multipart(), form("file", "big.csv", big), oneMiB(), null)).status());
        assertEquals(1024 * 1024, read(MediaType.valueOf("text/csv"), new byte[1024 * 1024], oneMiB(), null).bytes().length);
    }

    @Test
    void aFormOfTooManyPartsOrAFileNameWithANulIsA400() throws Exception {
        String[] fields = new String[2 * (UploadReader.MAX_PARTS + 5)];
        for (int i = 0; i < fields.length; i += 2) {
            fields[i] = "f" + i;
            fields[i + 1] = "v";
        }
        ProblemException many = assertThrows(ProblemException.class,
                () -> read(multipart(), form("file", "a.csv", "x".getBytes(StandardCharsets.UTF_8), fields), new Annotation[0], null));
        assertEquals(400, many.status());
        ProblemException nul = assertThrows(ProblemException.class,
                () -> read(multipart(), form("file", "a\u0000b.csv", "x".getBytes(StandardCharsets.UTF_8)), new Annotation[0], null));
        assertEquals(400, nul.status());
        assertEquals("file", nul.errors().get(0).field());
    }
}
