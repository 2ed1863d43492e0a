package org.concordia.documents.model;

import java.util.List;

/** A document's text after clean-up, and its passages in reading order. */
public record CleanedText(String text, List<PassageSpan> passages) {

    public CleanedText {
        passages = List.copyOf(passages);
    }

    /**
     * The texts of many passages, walking the text once when they come in reading order (finding a code-point
     * offset from the start for each passage of a long document would take quadratic time).
     */
    public List<String> textsOf(List<PassageSpan> spans) {
        List<String> texts = new java.util.ArrayList<>(spans.size());
        int charAt = 0;
        int codePointAt = 0;
        for (PassageSpan span : spans) {
            if (span.start() < codePointAt) {
                charAt = 0;
                codePointAt = 0;
            }
            int from = text.offsetByCodePoints(charAt, span.start() - codePointAt);
            int to = text.offsetByCodePoints(from, span.end() - span.start());
            texts.add(text.substring(from, to));
            charAt = to;
            codePointAt = span.end();
        }
        return texts;
    }

    /** The text of one passage. */
    public String textOf(PassageSpan passage) {
        int from = text.offsetByCodePoints(0, passage.start());
        int to = text.offsetByCodePoints(from, passage.end() - passage.start());
        return text.substring(from, to);
    }
}
