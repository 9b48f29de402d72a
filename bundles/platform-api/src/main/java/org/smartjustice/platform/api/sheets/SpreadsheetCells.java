package org.smartjustice.platform.api.sheets;

import java.util.regex.Pattern;

/**
 * Neutralises text cells of exported spreadsheets against formula injection (OWASP "CSV
 * injection"): Excel and WPS run a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} as a formula ({@code =HYPERLINK(...)}, {@code +1+cmd|' /C calc'!A0}), and a leading tab or
 * carriage return hides such a start. Those cells get a leading {@code '}, which spreadsheet
 * programs read as "text follows". Every CSV and XLSX export calls {@link #text(String)} for every
 * text cell, and the platform's imports take the mark off again ({@link #read(String)}).
 *
 * <p>Numbers and phone numbers stay as they are ({@code -12.5}, {@code +86 371 6789 0000},
 * {@code +86-(371)-6789}): digits, spaces, dots, dashes and parentheses after a sign cannot call
 * anything, and users must still read them as numbers.
 */
public final class SpreadsheetCells {

    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[0-9][0-9 ().\\-]*");

    private SpreadsheetCells() {
    }

    /** The cell text as it can be written safely; null stays null. */
    public static String text(String value) {
        if (value == null || value.isEmpty() || !startsDangerously(value.charAt(0))) {
            return value;
        }
        if (NUMBER_LIKE.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /**
     * A cell as an import reads it: the mark {@link #text} put before a dangerous start is taken
     * off again ({@code '=A1} reads {@code =A1}), so that an exported sheet imports as the data it
     * came from, and stored text never grows a quote per round trip. Any other text stays.
     *
     * @since 1.2
     */
    public static String read(String value) {
        if (value == null || value.length() < 2 || value.charAt(0) != '\'') {
            return value;
        }
        String rest = value.substring(1);
        return ("'" + rest).equals(text(rest)) ? rest : value;
    }

    private static boolean startsDangerously(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
