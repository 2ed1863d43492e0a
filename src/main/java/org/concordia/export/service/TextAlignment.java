package org.concordia.export.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries spans of one text onto another version of it: another tool's plain text of a source onto the text
 * Concordia's clean-up made of the same file, where hard wraps are joined, hyphens mended, running headers and page
 * numbers gone. The two texts are aligned word by word (a Myers diff over their words, case and compatibility forms
 * folded, in linear space), and a span's ends move with the words they lie in; punctuation just outside the first
 * and last word comes along. A span most of whose words did not survive (a page header the clean-up removed) has
 * no place.
 *
 * <p>Offsets are Unicode code points, end exclusive, as REFI-QDA and Concordia count them.
 */
final class TextAlignment {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private final String to;
    private final Words fromWords;
    private final Words toWords;
    /** For each word of the first text, the word of the second it is, or -1. */
    private final int[] match;
    private final CodePoints fromPoints;
    private final CodePoints toPoints;

    private TextAlignment(String from, String to) {
        this.to = to;
        this.fromWords = Words.of(from);
        this.toWords = Words.of(to);
        this.fromPoints = CodePoints.of(from);
        this.toPoints = CodePoints.of(to);
        this.match = new int[fromWords.count()];
        Arrays.fill(match, -1);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(fromWords.keys, toWords.keys,
                new MyersDiffWithLinearSpace<String>()).getDeltas();
        int f = 0;
        int t = 0;
        for (AbstractDelta<String> delta : deltas) {
            while (f < delta.getSource().getPosition()) {
                match[f++] = t++;
            }
            f += delta.getSource().size();
            t += delta.getTarget().size();
        }
        while (f < match.length) {
            match[f++] = t++;
        }
    }

    /** The alignment of {@code from} onto {@code to}. */
    static TextAlignment between(String from, String to) {
        return new TextAlignment(from, to);
    }

    /** The span of the second text that {@code [start, end)} of the first covers, if any of its words survived. */
    Optional<Span> map(int start, int end) {
        int s = fromPoints.charIndex(start);
        int e = fromPoints.charIndex(end);
        int first = fromWords.firstEndingAfter(s);
        int last = fromWords.lastStartingBefore(e);
        int matched = 0;
        for (int w = first; w <= last; w++) {
            matched += match[w] < 0 ? 0 : 1;
        }
        if (2 * matched < last - first + 1) {
            // Most of its words are gone: a stray survivor ("12" of a removed running header) is no place for it.
            return Optional.empty();
        }
        while (first <= last && match[first] < 0) {
            first++;
        }
        while (last >= first && match[last] < 0) {
            last--;
        }
        if (first > last) {
            return Optional.empty();
        }
        int toStart = toWords.start(match[first]) + within(s - fromWords.start(first), toWords.length(match[first]));
        if (s < fromWords.start(first)) {
            toStart = extendBack(toStart, fromWords.start(first) - s);
        }
        int toEnd = toWords.end(match[last]) - within(fromWords.end(last) - e, toWords.length(match[last]));
        if (e > fromWords.end(last)) {
            toEnd = extendForward(toEnd, e - fromWords.end(last));
        }
        if (toEnd <= toStart) {
            return Optional.empty();
        }
        return Optional.of(new Span(toPoints.codePointIndex(toStart), toPoints.codePointIndex(toEnd)));
    }

    /**
     * Where {@code quote} occurs in {@code text}, white space aside (a PDF region's text as a tool wrote it, often
     * with the line breaks of the page dropped or added): its first occurrence, or empty.
     */
    static Optional<Span> find(String text, String quote) {
        if (quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        StringBuilder squeezed = new StringBuilder(text.length());
        int[] at = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                at[squeezed.length()] = i;
                squeezed.append(text.charAt(i));
            }
        }
        String wanted = quote.replaceAll("\\s+", "");
        int found = squeezed.indexOf(wanted);
        if (found < 0) {
            return Optional.empty();
        }
        CodePoints points = CodePoints.of(text);
        int end = at[found + wanted.length() - 1] + 1;
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return Optional.of(new Span(points.codePointIndex(at[found]), points.codePointIndex(end)));
    }

    /** An offset into a word of the first text as an offset into its counterpart, which may be shorter. */
    private static int within(int offset, int length) {
        return Math.max(0, Math.min(offset, length - 1));
    }

    /** Takes in up to {@code at most} characters before {@code index} that are neither words nor white space. */
    private int extendBack(int index, int atMost) {
        int i = index;
        while (i > 0 && index - i < atMost && isPunctuation(to.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private int extendForward(int index, int atMost) {
        int i = index;
        while (i < to.length() && i - index < atMost && isPunctuation(to.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isPunctuation(char c) {
        return !Character.isWhitespace(c) && !Character.isLetterOrDigit(c);
    }

    /** A span of the second text, in code points, end exclusive. */
    record Span(int start, int end) {
    }

    /** The words of a text: where each lies (char indices) and what it is, folded for comparison. */
    private static final class Words {
        private final int[] starts;
        private final int[] ends;
        private final List<String> keys;

        private Words(int[] starts, int[] ends, List<String> keys) {
            this.starts = starts;
            this.ends = ends;
            this.keys = keys;
        }

        static Words of(String text) {
            List<String> keys = new ArrayList<>();
            int[] starts = new int[16];
            int[] ends = new int[16];
            Matcher m = WORD.matcher(text);
            int n = 0;
            while (m.find()) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = m.start();
                ends[n] = m.end();
                keys.add(Normalizer.normalize(m.group(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
                n++;
            }
            return new Words(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), keys);
        }

        int count() {
            return starts.length;
        }

        int start(int word) {
            return starts[word];
        }

        int end(int word) {
            return ends[word];
        }

        int length(int word) {
            return ends[word] - starts[word];
        }

        /** The first word that ends after {@code index}: the first a span starting there touches. */
        int firstEndingAfter(int index) {
            int low = 0;
            int high = ends.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (ends[middle] <= index) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /** The last word that starts before {@code index}: the last a span ending there touches. */
        int lastStartingBefore(int index) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] < index) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low - 1;
        }
    }

    /** Code point and char indices of a text, converted in constant time (a table only when the text needs one). */
    private static final class CodePoints {
        private final int length;
        /** Char index of each code point, or null when every code point is one char. */
        private final int[] chars;

        private CodePoints(int length, int[] chars) {
            this.length = length;
            this.chars = chars;
        }

        static CodePoints of(String text) {
            int points = text.codePointCount(0, text.length());
            if (points == text.length()) {
                return new CodePoints(points, null);
            }
            int[] chars = new int[points + 1];
            for (int i = 0, p = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                chars[p++] = i;
            }
            chars[points] = text.length();
            return new CodePoints(points, chars);
        }

        int charIndex(int codePoint) {
            int p = Math.max(0, Math.min(codePoint, length));
            return chars == null ? p : chars[p];
        }

        int codePointIndex(int charIndex) {
            if (chars == null) {
                return charIndex;
            }
            int found = Arrays.binarySearch(chars, charIndex);
            return found >= 0 ? found : -found - 1;
        }
    }
}
