package org.concordia.tenancy.model;

/** What a tenant is; it decides defaults such as training mode, not permissions. */
public enum TenantKind {
    CLASSROOM("Classroom"),
    RESEARCH_TEAM("Research team");

    private final String label;

    TenantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
