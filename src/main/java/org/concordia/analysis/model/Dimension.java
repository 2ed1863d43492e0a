package org.concordia.analysis.model;

/**
 * What the rows of a code table stand for: each document, or a detail that documents share (where they appeared,
 * who wrote them, what kind of source they are, when they appeared).
 */
public enum Dimension {
    DOCUMENT,
    OUTLET,
    AUTHOR,
    SOURCE_TYPE,
    YEAR,
    MONTH;

    /** Whether the rows follow each other in time (a line chart suits them, and the rows keep calendar order). */
    public boolean chronological() {
        return this == YEAR || this == MONTH;
    }
}
