package org.concordia.documents.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordia.documents.model.OcrSuggestion;

/**
 * Words of a document that look like OCR misreadings, with the word they probably are: a token that is not a
 * word (not in the dictionary, not used elsewhere in the document as often) becomes one by undoing a confusion OCR
 * engines are known for (l and I, 1 and l or I, 0 and O, rn and m, g and q, cl and d, vv and w, 5 and S). A
 * candidate counts when the dictionary has it or the document itself uses it more often than the token ("Irag"
 * beside forty "Iraq"); in a language the dictionary does not know, only the document's own use counts.
 */
public final class OcrRepair {

    /** Confusions, as (what OCR wrote, what was printed). */
    private static final String[][] CONFUSIONS = {
        {"l", "I"}, {"I", "l"}, {"1", "I"}, {"1", "l"}, {"|", "I"}, {"0", "O"}, {"O", "0"}, {"rn", "m"}, {"m", "rn"},
        {"g", "q"}, {"q", "g"}, {"cl", "d"}, {"vv", "w"}, {"5", "S"}, {"ii", "u"}, {"li", "h"}, {"8", "B"},
    };
    private static final int MAX_SUGGESTIONS = 500;
    /** Two letter runs one space apart, the second in lower case: a candidate for a word OCR split. */
    private static final Pattern SPLIT = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{Nd}'\u2019-])(\\p{L}[\\p{Ll}\\p{M}]*) (\\p{Ll}[\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}\\p{Nd}'\u2019-])");

    private OcrRepair() {
    }

    public static List<OcrSuggestion> suggestions(String text, Map<String, String> applied) {
        Lexicon lexicon = Lexicon.of(text);
        boolean english = lexicon.speaksTheLanguage();
        List<OcrSuggestion> suggestions = new ArrayList<>();
        for (var entry : lexicon.vocabulary().entrySet()) {
            String token = entry.getKey();
            int count = entry.getValue();
            if (token.length() < 3 || applied.containsKey(token) || isNumber(token) || lexicon.inDictionary(token)) {
                continue;
            }
            for (String[] confusion : CONFUSIONS) {
                String candidate = bestVariant(token, confusion, lexicon, count, english);
                if (candidate != null) {
                    suggestions.add(new OcrSuggestion(token, candidate, count, reason(confusion, candidate,
                            lexicon.count(candidate), lexicon.inDictionary(candidate))));
                    break;
                }
            }
        }
        suggestions.addAll(splitWords(text, lexicon, applied, english));
        suggestions.sort(Comparator.comparingInt(OcrSuggestion::occurrences).reversed()
                .thenComparing(OcrSuggestion::word));
        return suggestions.size() <= MAX_SUGGESTIONS ? suggestions : suggestions.subList(0, MAX_SUGGESTIONS);
    }

    /**
     * Words OCR split in two ("govern ment", "interna tional"): two tokens a single space apart, at least one of
     * them not a word, that together are one, in the dictionary or used in the document as one word. Pairs of two
     * words ("in to", "a round") are left alone: they are as likely meant as split.
     */
    private static List<OcrSuggestion> splitWords(String text, Lexicon lexicon, Map<String, String> applied,
            boolean english) {
        Map<String, Integer> pairs = new java.util.TreeMap<>();
        Matcher word = SPLIT.matcher(text);
        int from = 0;
        while (from < text.length() && word.find(from)) {
            pairs.merge(word.group(1) + " " + word.group(2), 1, Integer::sum);
            from = word.start(2); // the second part may begin the next pair
        }
        List<OcrSuggestion> found = new ArrayList<>();
        for (var pair : pairs.entrySet()) {
            String split = pair.getKey();
            int space = split.indexOf(' ');
            String first = split.substring(0, space);
            String second = split.substring(space + 1);
            if (applied.containsKey(split) || (lexicon.isWord(first) && lexicon.isWord(second))) {
                continue;
            }
            String joined = first + second;
            int used = lexicon.count(joined);
            boolean known = english && lexicon.inDictionary(joined);
            if (known || used >= 2) {
                String reason = "a word split in two"
                        + (used > 0 ? "; the document has \u201c" + joined + "\u201d " + used
                                + (used == 1 ? " time" : " times") : "")
                        + (known ? (used > 0 ? " and it is" : "; \u201c" + joined + "\u201d is") + " in the dictionary"
                                : "");
                found.add(new OcrSuggestion(split, joined, pair.getValue(), reason));
            }
        }
        return found;
    }

    /** The token with the confusion undone at one place, or at all places, that reads as a word; null if none. */
    private static String bestVariant(String token, String[] confusion, Lexicon lexicon, int count, boolean english) {
        String wrong = confusion[0];
        String right = confusion[1];
        if (!token.contains(wrong)) {
            return null;
        }
        Set<String> variants = new LinkedHashSet<>();
        variants.add(token.replace(wrong, right));
        for (int at = token.indexOf(wrong); at >= 0; at = token.indexOf(wrong, at + 1)) {
            variants.add(token.substring(0, at) + right + token.substring(at + wrong.length()));
        }
        String best = null;
        int bestCount = -1;
        for (String variant : variants) {
            int used = lexicon.count(variant);
            // A capitalised token is likely a name (Haq, Sadr): the dictionary alone does not make it a misreading,
            // the document must use the candidate too. Lower-case words and tokens with digits need only the
            // dictionary.
            boolean name = Character.isUpperCase(token.codePointAt(0)) && token.chars().allMatch(Character::isLetter);
            boolean known = english && lexicon.inDictionary(variant) && looksLikeAWord(variant, token)
                    && (!name || used > 0);
            boolean usedMore = used > count && used >= 2;
            if ((known || usedMore) && used > bestCount) {
                best = variant;
                bestCount = used;
            }
        }
        return best;
    }

    /**
     * A variant only counts when it is no stranger than the token: "lran" may become "Iran", but a lower-case
     * word is not turned into an all-capitals abbreviation.
     */
    private static boolean looksLikeAWord(String variant, String token) {
        boolean tokenHasDigits = token.chars().anyMatch(Character::isDigit);
        boolean variantAllLetters = variant.chars().allMatch(Character::isLetter);
        return variantAllLetters && (tokenHasDigits || !variant.equals(variant.toUpperCase()) || token.equals(
                token.toUpperCase()));
    }

    private static boolean isNumber(String token) {
        long digits = token.chars().filter(Character::isDigit).count();
        return digits >= token.length() - 1;
    }

    private static String reason(String[] confusion, String candidate, int used, boolean inDictionary) {
        String read = "\u201c" + confusion[0] + "\u201d read for \u201c" + confusion[1] + "\u201d";
        if (used > 0 && inDictionary) {
            return read + "; \u201c" + candidate + "\u201d is in the dictionary and " + used
                    + (used == 1 ? " time" : " times") + " in this document";
        }
        if (used > 0) {
            return read + "; the document has \u201c" + candidate + "\u201d " + used + (used == 1 ? " time" : " times");
        }
        return read + "; \u201c" + candidate + "\u201d is in the dictionary";
    }
}
