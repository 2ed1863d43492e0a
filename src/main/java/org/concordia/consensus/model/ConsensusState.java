package org.concordia.consensus.model;

/**
 * Where a passage stands on its way to the gold standard. A passage of a document assigned to coders starts
 * {@link #NOT_STARTED}, is {@link #IN_CODING} once any of them has coded it or submitted the document, and when every
 * assigned coder has submitted it is compared at once: {@link #AGREED} if all applied the same claim types there,
 * {@link #DISPUTED} otherwise. A document with a single coder has nothing to compare: its passages stay
 * {@link #READY} for a supervisor's review. A supervisor's decision makes a passage {@link #ADJUDICATED}.
 */
public enum ConsensusState {
    NOT_STARTED("not started"),
    IN_CODING("in coding"),
    READY("ready"),
    AGREED("agreed"),
    DISPUTED("disputed"),
    ADJUDICATED("adjudicated");

    private final String label;

    ConsensusState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a supervisor may settle the passage now: every coder has submitted. */
    public boolean reviewable() {
        return this == READY || this == AGREED || this == DISPUTED || this == ADJUDICATED;
    }
}
