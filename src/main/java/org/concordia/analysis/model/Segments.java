package org.concordia.analysis.model;

import java.io.Serializable;
import java.util.List;

/** The first coded segments of a selection, and how many the selection holds in all. */
public record Segments(List<CodedSegment> shown, long total) implements Serializable {

    public Segments {
        shown = List.copyOf(shown);
    }

    public static Segments none() {
        return new Segments(List.of(), 0);
    }

    /** Whether there are more segments than are shown. */
    public boolean cut() {
        return total > shown.size();
    }
}
