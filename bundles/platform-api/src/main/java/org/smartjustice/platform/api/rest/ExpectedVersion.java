package org.smartjustice.platform.api.rest;

import org.smartjustice.platform.api.problem.ProblemException;

/**
 * The version a write is based on (optimistic locking), from an {@code If-Match} header: a
 * resource method declares {@code @HeaderParam("If-Match") ExpectedVersion ifMatch} and the
 * platform reads the strong entity tag {@code "3"} (the {@code ETag} of the read) into it, refusing
 * anything else with 400 naming {@code If-Match}: RFC 9110 compares If-Match strongly, so a weak
 * tag ({@code W/"3"}) never matches, and {@code *} names no version.
 */
public record ExpectedVersion(long value) {

    /** @throws ProblemException 400 naming {@code If-Match} when the header is not a version */
    public static ExpectedVersion parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            throw ProblemException.invalidField("If-Match", "弱 ETag（W/）不能用于 If-Match，应为读取时的 ETag，如 \"3\"");
        }
        if (v.length() > 2 && v.startsWith("\"") && v.endsWith("\"")) {
            try {
                long parsed = Long.parseLong(v.substring(1, v.length() - 1));
                if (parsed >= 0) {
                    return new ExpectedVersion(parsed);
                }
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw ProblemException.invalidField("If-Match", "应为读取时的 ETag（带引号的版本号），如 \"3\"");
    }

    /**
     * The version of a write that may name it in its body, in {@code If-Match}, or in both.
     *
     * @throws ProblemException 400 naming {@code version} when neither names one, or when they differ
     */
    public static long require(ExpectedVersion ifMatch, Long bodyVersion) {
        String refusal = refusal(ifMatch, bodyVersion);
        if (refusal != null) {
            throw ProblemException.invalidField("version", refusal);
        }
        return ifMatch != null ? ifMatch.value() : bodyVersion;
    }

    /** Why {@link #require} would refuse, for the field {@code version}; null when it would not. */
    public static String refusal(ExpectedVersion ifMatch, Long bodyVersion) {
        if (ifMatch == null && bodyVersion == null) {
            return "必填（或使用 If-Match 请求头）";
        }
        if (bodyVersion != null && bodyVersion < 0) {
            return "应为非负整数";
        }
        if (ifMatch != null && bodyVersion != null && ifMatch.value() != bodyVersion) {
            return "与 If-Match 请求头的版本 " + ifMatch.value() + " 不一致";
        }
        return null;
    }
}
