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
    /** The most words a stretch between anchors has on either side to be diffed (see {@link #align}). */
    static final int MAX_GAP = 1000;

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
        align(fromWords.keys, toWords.keys, match);
    }

    /**
     * Fills {@code match} with the word of {@code to} each word of {@code from} is. Short texts are diffed whole.
     * Longer ones are first anchored on the words that occur once in each text, kept where they come in the same
     * order (the longest increasing run, as patience diff does), and only the stretches between anchors are
     * diffed, a stretch longer than {@link #MAX_GAP} words in proportional parts. So the work is bounded by the
     * texts' length times {@code MAX_GAP}, even for two texts that share little (a project that pairs a source
     * with the wrong text, or is made to be slow), where a whole Myers diff grows with the square.
     */
    static void align(List<String> from, List<String> to, int[] match) {
        if (from.size() <= MAX_GAP && to.size() <= MAX_GAP) {
            diff(from, 0, from.size(), to, 0, to.size(), match);
            return;
        }
        int previousFrom = -1;
        int previousTo = -1;
        for (int[] anchor : anchors(from, to)) {
            diff(from, previousFrom + 1, anchor[0], to, previousTo + 1, anchor[1], match);
            match[anchor[0]] = anchor[1];
            previousFrom = anchor[0];
            previousTo = anchor[1];
        }
        diff(from, previousFrom + 1, from.size(), to, previousTo + 1, to.size(), match);
    }

    /** The words of {@code from[fromStart, fromEnd)} matched within {@code to[toStart, toEnd)} by a Myers diff. */
    private static void diff(List<String> from, int fromStart, int fromEnd, List<String> to, int toStart, int toEnd,
            int[] match) {
        if (fromEnd <= fromStart || toEnd <= toStart) {
            return;
        }
        int a = fromEnd - fromStart;
        int b = toEnd - toStart;
        if (a > MAX_GAP || b > MAX_GAP) {
            // No anchor for long: the stretch in parts of at most MAX_GAP words, side by side in proportion. For
            // two versions of one text the parts line up but for a few words at their edges; for unrelated texts
            // the work stays bounded.
            int parts = (Math.max(a, b) + MAX_GAP - 1) / MAX_GAP;
            for (int p = 0; p < parts; p++) {
                diff(from, fromStart + (int) ((long) a * p / parts), fromStart + (int) ((long) a * (p + 1) / parts),
                        to, toStart + (int) ((long) b * p / parts), toStart + (int) ((long) b * (p + 1) / parts),
                        match);
            }
            return;
        }
        List<AbstractDelta<String>> deltas = DiffUtils.diff(from.subList(fromStart, fromEnd),
                to.subList(toStart, toEnd), new MyersDiffWithLinearSpace<String>()).getDeltas();
        int f = fromStart;
        int t = toStart;
        for (AbstractDelta<String> delta : deltas) {
            while (f < fromStart + delta.getSource().getPosition()) {
                match[f++] = t++;
            }
            f += delta.getSource().size();
            t += delta.getTarget().size();
        }
        while (f < fromEnd) {
            match[f++] = t++;
        }
    }

    /** Words that occur once in each text, as (position in from, position in to), the longest run in order. */
    private static List<int[]> anchors(List<String> from, List<String> to) {
        java.util.Map<String, int[]> seen = new java.util.HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            int[] counts = seen.computeIfAbsent(from.get(i), k -> new int[] {0, -1, 0, -1});
            counts[0]++;
            counts[1] = i;
        }
        for (int j = 0; j < to.size(); j++) {
            int[] counts = seen.get(to.get(j));
            if (counts != null) {
                counts[2]++;
                counts[3] = j;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int[] counts : seen.values()) {
            if (counts[0] == 1 && counts[2] == 1) {
                pairs.add(new int[] {counts[1], counts[3]});
            }
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        // Longest increasing subsequence of the positions in to (patience sorting, with back links).
        int[] tails = new int[pairs.size()];
        int[] back = new int[pairs.size()];
        int length = 0;
        for (int p = 0; p < pairs.size(); p++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (pairs.get(tails[middle])[1] < pairs.get(p)[1]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            back[p] = low > 0 ? tails[low - 1] : -1;
            tails[low] = p;
            length = Math.max(length, low + 1);
        }
        int[][] run = new int[length][];
        for (int p = length == 0 ? -1 : tails[length - 1], k = length - 1; p >= 0; p = back[p], k--) {
            run[k] = pairs.get(p);
        }
        return Arrays.asList(run);
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
