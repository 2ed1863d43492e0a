package org.concordia.documents.model;

/** What a passage is in its document. */
public enum PassageKind {
    HEADING("heading"),
    PARAGRAPH("paragraph"),
    BULLET("bullet item"),
    /** A footnote, endnote or reference: kept with the document, not coded unless a supervisor includes it. */
    NOTE("note");

    private final String label;

    PassageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
