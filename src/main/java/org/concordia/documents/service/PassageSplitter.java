package org.concordia.documents.service;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.PassageSpan;
import org.concordia.documents.model.SplitPoint;
import org.concordia.platform.errors.InvalidInputException;

/**
 * Where a passage may be split, and how: between sentences (the JDK's sentence rules), with the whitespace at the
 * split belonging to neither part. Offsets are code points into the document's cleaned text.
 */
public final class PassageSplitter {

    private static final int PREVIEW_WORDS = 8;

    private PassageSplitter() {
    }

    /**
     * The passages of a text taken as it is, without cleaning it (a text another tool exported, whose offsets must
     * stay valid): each run of non-blank lines is a paragraph, without the whitespace around it. Code points.
     */
    public static List<PassageSpan> paragraphsOf(String text) {
        int[] codePoints = text.codePoints().toArray();
        List<PassageSpan> passages = new ArrayList<>();
        int at = 0;
        while (at < codePoints.length) {
            while (at < codePoints.length && Character.isWhitespace(codePoints[at])) {
                at++;
            }
            int start = at;
            int end = at;
            while (at < codePoints.length && !blankLineAt(codePoints, at)) {
                if (!Character.isWhitespace(codePoints[at])) {
                    end = at + 1;
                }
                at++;
            }
            if (end > start) {
                passages.add(new PassageSpan(PassageKind.PARAGRAPH, start, end));
            }
        }
        return passages;
    }

    /** A line break followed by only whitespace up to the next line break (or the end). */
    private static boolean blankLineAt(int[] codePoints, int at) {
        if (codePoints[at] != '\n') {
            return false;
        }
        for (int i = at + 1; i < codePoints.length; i++) {
            if (codePoints[i] == '\n') {
                return true;
            }
            if (!Character.isWhitespace(codePoints[i])) {
                return false;
            }
        }
        return true;
    }

    /** The starts of the passage's sentences after the first: the places it can be split. */
    public static List<SplitPoint> sentenceStarts(String passageText, int passageStart) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(passageText);
        List<Integer> boundaries = new ArrayList<>();
        for (int at = sentences.first(); at != BreakIterator.DONE; at = sentences.next()) {
            boundaries.add(at);
        }
        List<SplitPoint> points = new ArrayList<>();
        for (int i = 1; i < boundaries.size() - 1; i++) {
            int at = boundaries.get(i);
            String sentence = passageText.substring(at, boundaries.get(i + 1));
            points.add(new SplitPoint(passageStart + passageText.codePointCount(0, at), preview(sentence)));
        }
        return points;
    }

    /**
     * The two parts when splitting at {@code offset}: the first ends before the whitespace there, the second starts
     * after it. Returns {@code {firstEnd, secondStart}}, or throws when a part would be empty.
     */
    public static int[] split(String passageText, int passageStart, int offset) {
        int[] codePoints = passageText.codePoints().toArray();
        int at = offset - passageStart;
        if (at <= 0 || at >= codePoints.length) {
            throw new InvalidInputException("error.documents.splitInside");
        }
        int firstEnd = at;
        while (firstEnd > 0 && Character.isWhitespace(codePoints[firstEnd - 1])) {
            firstEnd--;
        }
        int secondStart = at;
        while (secondStart < codePoints.length && Character.isWhitespace(codePoints[secondStart])) {
            secondStart++;
        }
        if (firstEnd == 0 || secondStart == codePoints.length) {
            throw new InvalidInputException("error.documents.splitBothParts");
        }
        return new int[] {passageStart + firstEnd, passageStart + secondStart};
    }

    private static String preview(String sentence) {
        String[] words = sentence.strip().split("\\s+");
        if (words.length <= PREVIEW_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, PREVIEW_WORDS)) + " \u2026";
    }
}
