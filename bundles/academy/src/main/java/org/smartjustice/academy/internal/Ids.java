package org.smartjustice.academy.internal;

import java.util.regex.Pattern;

/** Ids as error messages show them: a well-formed id as it is, anything else not echoed back. */
public final class Ids {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    /** The id, or 「格式不正确的编号」: a message never repeats a caller's long or bidirectional text. */
    public static String shown(String id) {
        return id != null && UUID.matcher(id).matches() ? id : "（格式不正确的编号）";
    }
}
