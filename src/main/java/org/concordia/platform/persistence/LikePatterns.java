package org.concordia.platform.persistence;

import java.util.List;

/**
 * LIKE patterns for JPQL, with {@code !} as the escape character ({@code like :p escape '!'}): a word typed by a
 * person matches itself, its {@code %} and {@code _} included, on H2 and PostgreSQL alike.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code word} with LIKE's wildcards and the escape character escaped. */
    public static String escaped(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Anything containing {@code word}. */
    public static String containing(String word) {
        return "%" + escaped(word) + "%";
    }

    /**
     * The JPQL condition that {@code column} (lower-cased) contains each of {@code count} words, as parameters
     * {@code prefix0}, {@code prefix1}, ...: " and lower(c.memo) like :w0 escape '!' and ...".
     */
    public static String allWords(String column, String prefix, int count) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < count; i++) {
            where.append(" and lower(").append(column).append(") like :").append(prefix).append(i)
                    .append(" escape '!'");
        }
        return where.toString();
    }

    /** The parameters of {@link #allWords}: each word lower-cased, as a containing pattern. */
    public static List<String> allWordsParameters(List<String> words) {
        return words.stream().map(w -> containing(w.toLowerCase(java.util.Locale.ROOT))).toList();
    }
}
