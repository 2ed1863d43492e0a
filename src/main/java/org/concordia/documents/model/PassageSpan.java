package org.concordia.documents.model;

/**
 * Where a passage lies in a document's cleaned text: offsets in Unicode code points, end exclusive (as REFI-QDA
 * and W3C Web Annotation count them).
 */
public record PassageSpan(PassageKind kind, int start, int end) {

    public PassageSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid passage span " + start + ".." + end);
        }
    }
}
