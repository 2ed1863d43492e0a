package org.concordia.platform.csv;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet cannot run. Excel, LibreOffice and Google Sheets read a cell that begins with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a formula, so a coder's
 * memo {@code =HYPERLINK("http://...")} would run when a supervisor opens the export. Such text cells get a leading
 * apostrophe, which spreadsheets hide and which marks the cell as text (the OWASP advice); numbers such as
 * {@code -0.25} are left alone, since a spreadsheet reads them as numbers, not formulas.
 *
 * <p>The change can be undone exactly: {@link #restore} gives back the value {@link #cell} was given, which is what
 * Concordia's own CSV imports (codebook, snapshots) use. A value that already begins with an apostrophe before a
 * formula character gets a second one, so that it too comes back as it was.
 */
public final class SpreadsheetSafe {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetSafe() {
    }

    /** The value as a cell no spreadsheet runs. */
    public static String cell(String value) {
        return value != null && needsQuoting(value) ? "'" + value : value;
    }

    /** Every text value of a record as {@link #cell}; numbers, booleans, dates and nulls as they are. */
    public static Object[] cells(Object... values) {
        Object[] safe = values.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence text) {
                safe[i] = cell(text.toString());
            }
        }
        return safe;
    }

    /** The value {@link #cell} was given: a CSV read back gives the text that was written. */
    public static String restore(String value) {
        return value != null && value.startsWith("'") && needsQuoting(value.substring(1)) ? value.substring(1)
                : value;
    }

    private static boolean needsQuoting(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return switch (first) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !NUMBER.matcher(value).matches();
            case '\'' -> needsQuoting(value.substring(1));
            default -> false;
        };
    }
}
