package org.concordia.coding.service;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.concordia.coding.model.CodingView;

/**
 * Splits a passage's text into segments at every coding's start and end, so that the coding screen can colour
 * each segment by the codings covering it, overlapping ones included. Offsets are code points of the document.
 */
public final class Highlighter {

    /** A stretch of text and the codings that cover all of it (none for uncoded text). */
    public record Segment(String text, int start, int end, List<Long> codingIds) implements java.io.Serializable {
    }

    private Highlighter() {
    }

    public static List<Segment> segments(String passageText, int passageStart, List<CodingView> codings) {
        int length = passageText.codePointCount(0, passageText.length());
        int passageEnd = passageStart + length;
        TreeSet<Integer> cuts = new TreeSet<>(List.of(passageStart, passageEnd));
        for (CodingView coding : codings) {
            cuts.add(Math.max(passageStart, Math.min(passageEnd, coding.start())));
            cuts.add(Math.max(passageStart, Math.min(passageEnd, coding.end())));
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int begin = passageText.offsetByCodePoints(0, from - passageStart);
                int stop = passageText.offsetByCodePoints(0, cut - passageStart);
                List<Long> covering = new ArrayList<>();
                for (CodingView coding : codings) {
                    if (coding.start() <= from && coding.end() >= cut) {
                        covering.add(coding.id());
                    }
                }
                segments.add(new Segment(passageText.substring(begin, stop), from, cut, covering));
            }
            from = cut;
        }
        return segments;
    }
}
