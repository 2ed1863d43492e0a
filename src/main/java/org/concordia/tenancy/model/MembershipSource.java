package org.concordia.tenancy.model;

/** How a person came to belong to a tenant. */
public enum MembershipSource {
    /** Enrolled by an administrator. */
    DIRECT("added by an administrator"),
    /** Joined with an invitation code. */
    INVITATION("joined with an invitation"),
    /** Granted at login by a Keycloak group /tenants/&lt;slug&gt;/&lt;role&gt;; follows the group. */
    GROUP("from a Keycloak group");

    private final String label;

    MembershipSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
