package org.concordia.claims.model;

/** What an entity is. Entities collected from codings start {@link #UNCLASSIFIED} until somebody says. */
public enum EntityKind {
    PERSON("person"),
    ORGANISATION("organisation"),
    STATE("state"),
    ARMED_GROUP("armed group"),
    PARTY("party"),
    OFFICE("office"),
    UNCLASSIFIED("not classified yet");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
