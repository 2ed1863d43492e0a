package org.concordia.coding.model;

/**
 * Where a coder applied a claim type, without what she wrote about it: the document, passage and span (document code
 * points, end exclusive). What co-occurrence tables are made of.
 */
public record CodedSpan(String coder, long documentId, long passageId, long claimTypeId, int start, int end) {

    /** Whether this span and {@code other} share at least one character. */
    public boolean overlaps(CodedSpan other) {
        return start < other.end && other.start < end;
    }
}
