package org.concordia.claims.model;

/** Whether a relation is for or against its object: backing and funding are for, opposing and blocking against. */
public enum Polarity {
    FOR("for"),
    AGAINST("against");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
