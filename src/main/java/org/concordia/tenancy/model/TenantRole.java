package org.concordia.tenancy.model;

/**
 * A member's role in one tenant. Roles are ordered: an admin may do all a supervisor may, a supervisor all a
 * coder may. The same person may hold different roles in different tenants.
 */
public enum TenantRole {
    /** Codes the documents assigned to them. */
    CODER("coder"),
    /** Creates projects, assigns and reviews codings, settles disagreements. */
    SUPERVISOR("supervisor"),
    /** Runs the tenant: members, roles, settings. */
    ADMIN("admin");

    private final String label;

    TenantRole(String label) {
        this.label = label;
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean includes(TenantRole needed) {
        return compareTo(needed) >= 0;
    }

    public String label() {
        return label;
    }
}
