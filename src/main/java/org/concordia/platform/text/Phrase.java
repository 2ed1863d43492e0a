package org.concordia.platform.text;

import java.io.Serializable;
import java.util.Locale;

/**
 * A few words that go into an explanation, written in English where they are used ("the project's name", "export
 * codings") and read in the reader's language: the bundle's {@code phrase.<words in camel case>}
 * ({@code phrase.theProjectsName}), or the words as written where the bundle has none.
 */
public record Phrase(String text, boolean capitalised) implements Serializable {

    public static Phrase of(String text) {
        return new Phrase(text, false);
    }

    /** The phrase starting a sentence: its first letter upper-case where the language has cases. */
    public static Phrase capitalised(String text) {
        return new Phrase(text, true);
    }

    public String in(Locale locale) {
        String found = Bundles.find(locale, keyOf(text));
        String words = found == null ? text : found;
        if (capitalised && !words.isEmpty()) {
            int first = words.codePointAt(0);
            return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                    .append(words.substring(Character.charCount(first))).toString();
        }
        return words;
    }

    /** "phrase.theProjectsName" for "the project's name": letters and digits of each word, camel case. */
    public static String keyOf(String text) {
        StringBuilder key = new StringBuilder("phrase.");
        boolean first = true;
        for (String word : text.strip().split("[^\\p{L}\\p{N}']+")) {
            String letters = word.replace("'", "");
            if (letters.isEmpty()) {
                continue;
            }
            key.append(first ? letters.toLowerCase(Locale.ROOT)
                    : Character.toUpperCase(letters.charAt(0)) + letters.substring(1).toLowerCase(Locale.ROOT));
            first = false;
        }
        return key.toString();
    }
}
