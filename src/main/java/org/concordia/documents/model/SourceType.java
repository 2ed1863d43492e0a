package org.concordia.documents.model;

/** What kind of source a document is; exported with every coding. */
public enum SourceType {
    JOURNAL_ARTICLE("journal article"),
    THINK_TANK_REPORT("think-tank report"),
    NEWS_ARTICLE("news or web article"),
    OFFICIAL_STATEMENT("official statement"),
    /** The comments readers left under a web article: imported apart from it, each comment a passage. */
    READER_COMMENTS("reader comments"),
    OTHER("other");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
