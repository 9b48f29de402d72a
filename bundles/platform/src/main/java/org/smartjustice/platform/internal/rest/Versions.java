package org.smartjustice.platform.internal.rest;

import org.smartjustice.platform.api.problem.ProblemException;

/** Reads the version a write is based on from {@code If-Match} (an ETag such as {@code "3"} or {@code W/"3"}). */
public final class Versions {

    private Versions() {
    }

    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "应为资源的版本号，如 \"3\"");
        }
    }
}
