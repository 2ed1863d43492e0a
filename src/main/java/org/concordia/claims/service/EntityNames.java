package org.concordia.claims.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How names of entities compare. Arabic and Persian names reach English sources in several transliterations
 * (al-Kadhimi, al-Kazimi, Al-Kazemi; Kata'ib, Kataeb): {@link #folded} maps the usual variants onto one spelling
 * (article dropped, dh to z, e to i, apostrophes and doubled letters gone), and the folded names are compared with
 * Jaro-Winkler similarity from Apache Commons Text. A pure function, tested on the corpus' spellings.
 */
public final class EntityNames {

    /** Names at least this alike (folded) are suggested for merging. */
    public static final double THRESHOLD = 0.93;
    /** A typed word at least this alike (folded) to a word of a name finds the name: a looser test, for a list. */
    static final double TYPING_THRESHOLD = 0.9;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018\u02bf\u02be`\u00b4]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.,;:()\"]+");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul");
    /** Transliteration variants, applied in this order within each word. */
    private static final String[][] FOLDS = {
        {"dh", "z"}, {"kh", "k"}, {"gh", "g"}, {"q", "k"}, {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"aa", "a"},
        {"e", "i"}, {"o", "u"}, {"y", "i"}, {"w", "u"}};

    private EntityNames() {
    }

    /** The spelling as typed, only tidied: case, spaces and apostrophes. What makes two aliases the same alias. */
    public static String lookupKey(String name) {
        return APOSTROPHES.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("'").replaceAll("\\s+", " ");
    }

    /** The name with transliteration variants folded: "Mustafa al-Kadhimi" and "Mustafa Al-Kazemi" both "mustafa kazimi". */
    public static String folded(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        plain = APOSTROPHES.matcher(plain).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(plain)) {
            if (word.isEmpty() || ARTICLES.contains(word)) {
                continue;
            }
            String w = word;
            for (String[] fold : FOLDS) {
                w = w.replace(fold[0], fold[1]);
            }
            words.add(w.replaceAll("(.)\\1+", "$1"));
        }
        return String.join(" ", words);
    }

    /**
     * How well a name matches what a coder has typed so far, for picking an entity while coding: 0 when the name
     * starts with it, 1 when one of its words does, 2 when it holds it, 3 when its start is the typed text in
     * another transliteration ("Kataeb" for "Kata'ib Hezbollah", "al-Kazimi" for "al-Kadhimi"); -1 for no match.
     * All on folded spellings, so case, articles, apostrophes and the usual variants do not count.
     */
    public static int matchRank(String typed, String name) {
        String t = folded(typed);
        String n = folded(name);
        if (t.isEmpty() || n.isEmpty()) {
            return -1;
        }
        if (n.startsWith(t)) {
            return 0;
        }
        if ((" " + n).contains(" " + t)) {
            return 1;
        }
        if (n.contains(t)) {
            return 2;
        }
        int words = t.split(" ").length;
        String[] nameWords = n.split(" ");
        for (int from = 0; from + words <= nameWords.length; from++) {
            String part = String.join(" ", Arrays.copyOfRange(nameWords, from, from + words));
            if (t.length() >= 4 && JARO_WINKLER.apply(t, part) >= TYPING_THRESHOLD) {
                return 3;
            }
        }
        return -1;
    }

    /** How alike two names are once folded, 0 to 1; 1 when they fold to the same spelling. */
    public static double similarity(String first, String second) {
        String a = folded(first);
        String b = folded(second);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        return JARO_WINKLER.apply(a, b);
    }

    /**
     * Why two names may name the same entity, or null: the same name in another transliteration, very similar
     * spellings, or one name being the other with more words ("al-Kazimi" in "Mustafa al-Kazimi").
     */
    public static String whyAlike(String first, String second) {
        String a = folded(first);
        String b = folded(second);
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        if (a.equals(b)) {
            return "the same name in another transliteration";
        }
        if (JARO_WINKLER.apply(a, b) >= THRESHOLD) {
            return "very similar spellings";
        }
        List<String> shorter = Arrays.asList((a.length() <= b.length() ? a : b).split(" "));
        List<String> longer = Arrays.asList((a.length() <= b.length() ? b : a).split(" "));
        if (shorter.size() < longer.size() && longer.containsAll(shorter)
                && shorter.stream().anyMatch(w -> w.length() >= 5)) {
            return "one name is part of the other";
        }
        return null;
    }
}
