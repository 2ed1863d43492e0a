package org.concordia.tenancy.model;

import java.io.Serializable;
import java.time.Instant;

/** A tenant as the platform administrators' list and the settings page show it. */
public record TenantSummary(String slug, String name, TenantKind kind, Instant createdAt, Instant archivedAt)
        implements Serializable {

    public boolean archived() {
        return archivedAt != null;
    }
}
