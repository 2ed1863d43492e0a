package org.concordia.codebook.model;

/** The kinds of value a claim type's attribute takes. */
public enum AttributeType {
    TEXT("text"),
    CHOICE("choice"),
    ENTITY("entity"),
    DATE("date"),
    NUMBER("number"),
    /** certain, probable, possible, doubtful: how sure the source is. */
    CERTAINTY("certainty scale");

    private final String label;

    AttributeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
