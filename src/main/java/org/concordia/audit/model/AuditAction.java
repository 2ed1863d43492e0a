package org.concordia.audit.model;

/** What a change did to an object. */
public enum AuditAction {
    CREATED("created"),
    CHANGED("changed"),
    DELETED("deleted");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
