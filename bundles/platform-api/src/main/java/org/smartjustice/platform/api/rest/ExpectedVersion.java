package org.smartjustice.platform.api.rest;

import org.smartjustice.platform.api.problem.ProblemException;

/**
 * The version a write is based on (optimistic locking), from an {@code If-Match} header: a
 * resource method declares {@code @HeaderParam("If-Match") ExpectedVersion ifMatch} and the
 * platform reads {@code "3"} or {@code W/"3"} into it, refusing anything else with 400 naming
 * {@code If-Match}.
 */
public record ExpectedVersion(long value) {

    /** @throws ProblemException 400 naming {@code If-Match} when the header is not a version */
    public static ExpectedVersion parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            long parsed = Long.parseLong(v);
            if (parsed >= 0) {
                return new ExpectedVersion(parsed);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField("If-Match", "应为资源的版本号（ETag），如 \"3\"");
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
        if (ifMatch != null && bodyVersion != null && ifMatch.value() != bodyVersion) {
            return "与 If-Match 请求头的版本 " + ifMatch.value() + " 不一致";
        }
        return null;
    }
}
