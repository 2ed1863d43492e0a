package org.concordia.tenancy.model;

/** One tenant a person belongs to, as the tenant switcher and access checks need it. */
public record MembershipSummary(String tenantSlug, String tenantName, TenantKind kind, TenantRole role,
        boolean archived) {

    public boolean grants(TenantRole needed) {
        return role.includes(needed);
    }
}
