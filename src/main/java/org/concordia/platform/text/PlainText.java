package org.concordia.platform.text;

import java.util.Locale;
import org.concordia.platform.errors.InvalidInputException;

/**
 * What text a person types may hold. Names (of tenants, projects, claim types, entities, attribute values) are one
 * line of visible text; longer texts (descriptions, definitions, memos, notes) may also hold line breaks and tabs.
 * Neither may hold control characters (NUL, escape, the C1 range), the bidirectional overrides and isolates that
 * make text display in another order than it is stored (U+202A to U+202E, U+2066 to U+2069), or halves of
 * surrogate pairs: they cannot be shown, break exports and other tools, or disguise a name. Joiners and marks that
 * Arabic and Persian need (U+200C, U+200D, U+200F) are ordinary text.
 */
public final class PlainText {

    private PlainText() {
    }

    /** {@code value} unchanged when it is one line of plain text; refused naming {@code what} otherwise. */
    public static String line(String value, String what) {
        return checked(value, what, false);
    }

    /** {@code value} unchanged when it is plain text, line breaks and tabs allowed; refused otherwise. */
    public static String text(String value, String what) {
        return checked(value, what, true);
    }

    /**
     * Text another program wrote (a memo, a note) made into plain text rather than refused: line breaks as
     * {@code \n}, and what {@link #text} refuses taken out. Null stays null.
     */
    public static String cleanedText(String value) {
        return value == null ? null : cleaned(value.replace("\r\n", "\n").replace('\r', '\n'), true);
    }

    /** One line of plain text made of what another program wrote: line breaks and tabs as spaces. */
    public static String cleanedLine(String value) {
        return value == null ? null : cleaned(value.replaceAll("[\\r\\n\\t]+", " "), false);
    }

    private static String cleaned(String value, boolean multiline) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (multiline && (c == '\n' || c == '\t')
                    || !Character.isISOControl(c) && !isDirectionOverride(c) && !Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String checked(String value, String what, boolean multiline) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            boolean surrogateHalf = Character.isHighSurrogate(c)
                    ? i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (Character.isISOControl(c) || isDirectionOverride(c) || surrogateHalf) {
                throw new InvalidInputException("error.platform.containsWhichCannotBeShown", Phrase.capitalised(what),
                        describe(c));
            }
        }
        return value;
    }

    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static Explanation describe(char c) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        if (c == '\n' || c == '\r') {
            return Explanation.of("error.platform.aLineBreak");
        }
        if (c == '\t') {
            return Explanation.of("error.platform.aTab");
        }
        if (isDirectionOverride(c)) {
            return Explanation.of("error.platform.aDirectionOverride", code);
        }
        if (Character.isSurrogate(c)) {
            return Explanation.of("error.platform.halfOfACharacter", code);
        }
        return Explanation.of("error.platform.aControlCharacter", code);
    }
}
