package org.concordia.tenancy.model;

import java.io.Serializable;
import java.time.Instant;

/** An invitation as the invitations page lists it. */
public record InvitationSummary(long id, String code, TenantRole role, Instant expiresAt, int maxUses, int uses,
        String createdBy, Instant createdAt, InvitationState state) implements Serializable {
}
