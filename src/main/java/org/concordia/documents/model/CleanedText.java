package org.concordia.documents.model;

import java.util.List;

/** A document's text after clean-up, and its passages in reading order. */
public record CleanedText(String text, List<PassageSpan> passages) {

    public CleanedText {
        passages = List.copyOf(passages);
    }

    /** The text of one passage. */
    public String textOf(PassageSpan passage) {
        int from = text.offsetByCodePoints(0, passage.start());
        int to = text.offsetByCodePoints(from, passage.end() - passage.start());
        return text.substring(from, to);
    }
}
