package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.List;

/**
 * Data for unitizing agreement: stretches of text (sections: the codable passages) and the spans each coder marked
 * in them with a category (a claim type). Offsets are code points relative to the section's start, end exclusive.
 * Every coder named by a section read all of it; a coder without spans there marked nothing.
 */
public record SpanData(List<Section> sections) implements Serializable {

    public SpanData {
        sections = List.copyOf(sections);
    }

    /** One continuous stretch of text and the spans its coders marked in it. */
    public record Section(String id, int length, List<String> coders, List<Span> spans) implements Serializable {

        public Section {
            coders = List.copyOf(coders);
            spans = List.copyOf(spans);
        }
    }

    /** A span {@code [start, end)} of a section that {@code coder} marked as {@code category}. */
    public record Span(String coder, String category, int start, int end) implements Serializable {
    }
}
