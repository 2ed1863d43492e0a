package org.concordia.tenancy.model;

/** Where an invitation stands. */
public enum InvitationState {
    OPEN("open"),
    EXPIRED("expired"),
    USED_UP("used up"),
    WITHDRAWN("withdrawn");

    private final String label;

    InvitationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
