package org.concordia.search.model;

import java.io.Serializable;
import java.util.List;

/**
 * One passage found, as a keyword-in-context line: {@code context} is the passage's text around the first hit,
 * cut into pieces, each a hit of the query or not, for the page to mark without building markup from text.
 */
public record SearchHit(long documentId, long passageId, int position, List<Piece> context)
        implements Serializable {

    public SearchHit {
        context = List.copyOf(context);
    }

    /** A piece of the context line; {@code hit} when it is a word the query found. */
    public record Piece(String text, boolean hit) implements Serializable {
    }
}
