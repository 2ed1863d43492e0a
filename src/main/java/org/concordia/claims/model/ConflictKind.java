package org.concordia.claims.model;

/** How sources disagree about a proposition. */
public enum ConflictKind {
    /** One source says for, another against (backed vs opposed). */
    POLARITY("for or against"),
    /** Both for (or against), but not equally (backed vs merely accepted). */
    STRENGTH("how strongly"),
    /** The same act credited to different actors. */
    ACTOR("who did it"),
    /** Different dates for the same act. */
    DATE("when"),
    /** Different numbers for the same figure. */
    FIGURE("how many");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
