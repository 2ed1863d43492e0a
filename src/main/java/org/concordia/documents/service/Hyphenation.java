package org.concordia.documents.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordia.documents.model.CleanupKind;

/**
 * A word hyphenated at a line end, joined again: without the hyphen where the joined word is a word ("inter-" +
 * "national"), with it where the document writes the compound with a hyphen or both halves are words and their
 * join is not ("self-" + "determination"). In a language the dictionary does not know, the document's own
 * vocabulary decides, and a syllable break is the likelier reading.
 */
final class Hyphenation {

    private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{L}\\p{M}]+");

    private Hyphenation() {
    }

    /** Appends {@code next} to {@code text}, which ends with a letter and a hyphen. */
    static void join(StringBuilder text, String next, Lexicon lexicon, CleanupLog log, int page) {
        int start = text.length() - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String left = text.substring(start, text.length() - 1);
        Matcher word = FIRST_WORD.matcher(next);
        String right = word.find() ? word.group() : "";
        String joined = left + right;
        boolean compound = lexicon.compoundCount(left + "-" + right) > 0
                || (lexicon.speaksTheLanguage() && !lexicon.isWord(joined) && lexicon.isWord(left)
                        && lexicon.isWord(right));
        if (compound) {
            text.append(next);
            return;
        }
        String reason = lexicon.isWord(joined) ? "\u201c" + joined + "\u201d is a word"
                : "a word broken at a line end (neither half alone reads as the compound)";
        if (log.decide(CleanupKind.HYPHEN_JOIN, left + "-|" + right, reason, page)) {
            text.setLength(text.length() - 1);
        }
        text.append(next);
    }
}
