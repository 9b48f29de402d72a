package org.smartjustice.platform.api.rest;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What an answer kept by {@link Answers} depends on, besides the tenant and the module's code
 * (which the platform always adds): the question itself, canonical (the same filters in whatever
 * order give the same text), the revision of the data it reads, and what the caller may see.
 *
 * @param text         the question, e.g. {@code list sort=name page=1 size=20 [LAW_FIRM]}
 * @param revision     changes with every change to the data the answer reads (read before the data is)
 * @param variant      what differs between callers, e.g. {@code masked} or {@code personal}
 * @param mediaType    the answer's type, {@code application/json} unless said
 * @param lastModified the data's last change, for {@code Last-Modified}, or null
 * @param cacheControl the answer's {@code Cache-Control}: {@code private, no-cache} unless said
 */
public record Question(String text, String revision, String variant, String mediaType, OffsetDateTime lastModified,
                       String cacheControl) {

    public Question {
        Objects.requireNonNull(text, "text");
        revision = revision == null ? "-" : revision;
        variant = variant == null ? "-" : variant;
        mediaType = mediaType == null ? "application/json" : mediaType;
        cacheControl = cacheControl == null ? "private, no-cache" : cacheControl;
    }

    public static Question of(String text) {
        return new Question(text, null, null, null, null, null);
    }

    public Question revision(String value) {
        return new Question(text, value, variant, mediaType, lastModified, cacheControl);
    }

    public Question variant(String value) {
        return new Question(text, revision, value, mediaType, lastModified, cacheControl);
    }

    public Question as(String value) {
        return new Question(text, revision, variant, value, lastModified, cacheControl);
    }

    public Question lastModified(OffsetDateTime value) {
        return new Question(text, revision, variant, mediaType, value, cacheControl);
    }

    public Question cacheControl(String value) {
        return new Question(text, revision, variant, mediaType, lastModified, value);
    }
}
