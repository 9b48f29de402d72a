package org.smartjustice.platform.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;

import org.apache.commons.fileupload.FileCountLimitExceededException;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.InvalidFileNameException;
import org.apache.commons.fileupload.UploadContext;
import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.rest.UploadLimit;

/**
 * Reads {@link Upload} bodies: the raw body of any type, or the file of a {@code multipart/form-data}
 * form (what a browser's file input sends), never more than the method's {@link UploadLimit}.
 * A form's other fields are kept, each at most {@value #MAX_FIELD_BYTES} bytes, at most
 * {@value #MAX_PARTS} parts in all.
 */
@Component(service = MessageBodyReader.class, property = { Jaxrs.EXTENSION, Jaxrs.IN_APP,
        "osgi.jaxrs.name=justice.uploads" })
@Consumes(MediaType.WILDCARD)
public class UploadReader implements MessageBodyReader<Upload> {

    static final int MAX_FIELD_BYTES = 4096;
    static final int MAX_PARTS = 20;
    static final String FILE_PART = "file";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Upload.class;
    }

    @Override
    public Upload readFrom(Class<Upload> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        int limit = limitMiB(annotations);
        if (mediaType != null && mediaType.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return form(entity, mediaType, headers, limit);
        }
        byte[] bytes = bounded(entity, limit);
        return new Upload(fileName(headers.getFirst("Content-Disposition")), mediaType == null ? null : mediaType.toString(),
                Map.of(), bytes);
    }

    private static Upload form(InputStream entity, MediaType mediaType, MultivaluedMap<String, String> headers, int limitMiB) {
        FileUpload parser = new FileUpload();
        parser.setHeaderEncoding(StandardCharsets.UTF_8.name());
        parser.setSizeMax(limitMiB * 1024L * 1024L + MAX_PARTS * (long) MAX_FIELD_BYTES);
        parser.setFileCountMax(MAX_PARTS);
        Map<String, String> fields = new LinkedHashMap<>();
        Upload file = null;
        boolean named = false;
        try {
            FileItemIterator items = parser.getItemIterator(context(entity, mediaType, headers));
            int parts = 0;
            while (items.hasNext()) {
                FileItemStream item = items.next();
                if (++parts > MAX_PARTS) {
                    // The streaming parser does not count parts itself (setFileCountMax is for parseRequest).
                    throw ProblemException.invalidField("body", "表单的部分过多（至多 " + MAX_PARTS + " 个）");
                }
                try (InputStream in = item.openStream()) {
                    if (item.isFormField()) {
                        byte[] value = in.readNBytes(MAX_FIELD_BYTES + 1);
                        if (value.length > MAX_FIELD_BYTES) {
                            throw ProblemException.invalidField(item.getFieldName(), "表单字段过长");
                        }
                        fields.put(item.getFieldName(), new String(value, StandardCharsets.UTF_8));
                    } else if (file == null || !named && FILE_PART.equals(item.getFieldName())) {
                        // The part named "file", else the first file part.
                        named = FILE_PART.equals(item.getFieldName());
                        file = new Upload(unescaped(item.getName()), item.getContentType(), Map.of(), bounded(in, limitMiB));
                    } else {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (InvalidFileNameException e) {
            throw ProblemException.invalidField(FILE_PART, "文件名含有控制字符");
        } catch (FileUploadException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw isSize(e.getCause()) ? tooLarge(limitMiB) : refusal(e);
        }
        if (file == null) {
            throw ProblemException.invalidField(FILE_PART, "表单中没有文件（字段 " + FILE_PART + "）");
        }
        return new Upload(file.fileName(), file.contentType(), fields, file.bytes());
    }

    private static ProblemException refusal(Exception e) {
        if (isSize(e) || isSize(e.getCause())) {
            return new ProblemException(413, "file-too-large", "文件过大", "上传的内容超过了允许的大小");
        }
        if (e instanceof FileCountLimitExceededException) {
            return ProblemException.invalidField("body", "表单的部分过多（至多 " + MAX_PARTS + " 个）");
        }
        return ProblemException.invalidField("body", "无法读取 multipart/form-data 表单：" + e.getMessage());
    }

    private static boolean isSize(Throwable e) {
        return e instanceof FileUploadBase.SizeLimitExceededException || e instanceof FileUploadBase.FileSizeLimitExceededException;
    }

    private static byte[] bounded(InputStream in, int limitMiB) throws IOException {
        long limit = limitMiB * 1024L * 1024L;
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw tooLarge(limitMiB);
        }
        return bytes;
    }

    private static ProblemException tooLarge(int limitMiB) {
        return new ProblemException(413, "file-too-large", "文件过大", "上传的文件不能超过 " + limitMiB + " MB");
    }

    static int limitMiB(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof UploadLimit limit) {
                return Math.max(1, limit.mebibytes());
            }
        }
        return Upload.DEFAULT_LIMIT_MIB;
    }

    /**
     * A quoted file name as its sender meant it: {@code \"} is a quote (RFC 7578, RFC 2616 quoted-pair),
     * not a Windows path ending in a backslash. Other backslashes stay: old browsers send whole paths.
     */
    static String unescaped(String quoted) {
        return quoted == null ? null : quoted.replace("\\\"", "\"");
    }

    /** The file name of a {@code Content-Disposition} header (RFC 6266: {@code filename*} over {@code filename}). */
    static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        String plain = null;
        for (String part : disposition.split(";")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = p.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
            String value = p.substring(eq + 1).strip();
            if (name.equals("filename*")) {
                int quote = value.indexOf("''");
                if (quote > 0 && value.substring(0, quote).equalsIgnoreCase("UTF-8")) {
                    try {
                        return java.net.URLDecoder.decode(value.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            } else if (name.equals("filename")) {
                plain = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? unescaped(value.substring(1, value.length() - 1)) : value;
            }
        }
        return plain;
    }

    private static UploadContext context(InputStream entity, MediaType mediaType, MultivaluedMap<String, String> headers) {
        String length = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        return new UploadContext() {
            @Override
            public long contentLength() {
                try {
                    return length == null ? -1 : Long.parseLong(length.strip());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }

            @Override
            public String getCharacterEncoding() {
                return StandardCharsets.UTF_8.name();
            }

            @Override
            public String getContentType() {
                return mediaType.toString();
            }

            @Override
            @Deprecated
            public int getContentLength() {
                return (int) Math.min(Integer.MAX_VALUE, contentLength());
            }

            @Override
            public InputStream getInputStream() {
                return entity;
            }
        };
    }
}
