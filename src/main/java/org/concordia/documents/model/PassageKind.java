package org.concordia.documents.model;

/** What a passage is in its document. */
public enum PassageKind {
    HEADING("heading"),
    PARAGRAPH("paragraph"),
    BULLET("bullet item");

    private final String label;

    PassageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
