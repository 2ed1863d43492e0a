package org.concordia.tenancy.model;

import java.io.Serializable;
import java.time.Instant;

/** A member of the current tenant as the members page shows them. */
public record MemberSummary(String username, TenantRole role, MembershipSource source, Instant since)
        implements Serializable {
}
