package org.smartjustice.platform.api.persistence;

/**
 * Text searched with SQL {@code LIKE}: a caller's {@code %} and {@code _} are taken literally, not as
 * wildcards (a search for {@code 100%} finds "100%", not everything starting with "100").
 * Write the query as {@code v.name like :text escape '\'} (JPQL: {@code escape '\\'} in Java source).
 *
 * @since 2.2
 */
public final class Like {

    private Like() {
    }

    /** A pattern that finds the text anywhere (blanks around it ignored); null for no text. */
    public static String containing(String text) {
        return text == null || text.isBlank() ? null : "%" + escape(text.strip()) + "%";
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped by {@code \}. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
