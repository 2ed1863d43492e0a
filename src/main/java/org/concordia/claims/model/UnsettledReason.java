package org.concordia.claims.model;

/** Why a passage of a source does not yet say one thing: what the ledger shows instead of its claims. */
public enum UnsettledReason {
    /** Every coder submitted, and their claims differ: a matter for Review, not a conflict between sources. */
    CODERS_DIFFER("coders differ"),
    /** Some assigned coder has not submitted the document yet. */
    STILL_CODING("still being coded");

    private final String label;

    UnsettledReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
