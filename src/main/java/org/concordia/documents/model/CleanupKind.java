package org.concordia.documents.model;

/** What import clean-up did to a piece of a source, as the import review page groups its decisions. */
public enum CleanupKind {
    PAGE_NUMBER("page number", true),
    RUNNING_LINE("running header or footer", true),
    BOILERPLATE("web page furniture", true),
    NOTE("note or reference", false),
    NOTE_MARKER("footnote marker", true),
    READER_COMMENTS("reader comments", false),
    PAGE_BREAK_JOIN("joined across a page break", true),
    HYPHEN_JOIN("hyphenated word joined", true),
    OCR_FIX("OCR correction", true);

    private final String label;
    private final boolean undoable;

    CleanupKind(String label, boolean undoable) {
        this.label = label;
        this.undoable = undoable;
    }

    public String label() {
        return label;
    }

    /** Whether a supervisor can undo it from the review page (notes and comments are kept elsewhere instead). */
    public boolean undoable() {
        return undoable;
    }
}
