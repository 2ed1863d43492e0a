package org.concordia.tenancy.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.text.Explanation;
import org.hibernate.envers.Audited;

/**
 * A code that lets people join a tenant with a given role, until it expires, is used up or is withdrawn.
 * Not filtered by Hibernate's tenant id: a person who redeems it does not belong to the tenant yet.
 */
@Entity
@Audited
@Table(name = "invitation")
public class Invitation {

    public static final int MAX_USES_LIMIT = 1000;
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(180);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 63)
    private String tenantId;

    /** Two people redeeming the last use at once: one of them gets an optimistic-lock failure, not a 101st use. */
    @Version
    private long version;

    @Column(nullable = false, updatable = false, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private TenantRole role;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "max_uses", nullable = false)
    private int maxUses;

    @Column(nullable = false)
    private int uses;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
        // for JPA
    }

    public Invitation(Tenant tenant, String code, TenantRole role, Duration validFor, int maxUses, String createdBy) {
        this.tenantId = Objects.requireNonNull(tenant, "An invitation needs a tenant").getSlug();
        this.code = Objects.requireNonNull(code, "An invitation needs a code");
        this.role = Objects.requireNonNull(role, "An invitation needs a role");
        if (validFor == null || validFor.isNegative() || validFor.isZero() || validFor.compareTo(LONGEST_VALIDITY) > 0) {
            throw new InvalidInputException("error.tenancy.anInvitationIsValidFor", LONGEST_VALIDITY.toDays());
        }
        if (maxUses < 1 || maxUses > MAX_USES_LIMIT) {
            throw new InvalidInputException("error.tenancy.anInvitationCanBeUsed", MAX_USES_LIMIT);
        }
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(validFor);
        this.maxUses = maxUses;
        this.createdBy = createdBy;
    }

    /** Where the invitation stands at {@code now}. */
    public InvitationState stateAt(Instant now) {
        if (revokedAt != null) {
            return InvitationState.WITHDRAWN;
        }
        if (!now.isBefore(expiresAt)) {
            return InvitationState.EXPIRED;
        }
        if (uses >= maxUses) {
            return InvitationState.USED_UP;
        }
        return InvitationState.OPEN;
    }

    /** Why the invitation cannot be redeemed at {@code now}, in words for the person holding it; null if it can. */
    public Explanation problemAt(Instant now) {
        return switch (stateAt(now)) {
            case WITHDRAWN -> Explanation.of("error.tenancy.invitationWithdrawn");
            case EXPIRED -> Explanation.of("error.tenancy.invitationExpired", DAY.format(expiresAt));
            case USED_UP -> Explanation.of("error.tenancy.invitationUsedUp", uses);
            case OPEN -> null;
        };
    }

    /** Counts one use; fails with the reason when the invitation is no longer open. */
    public void redeem(Instant now) {
        Explanation problem = problemAt(now);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        uses++;
    }

    public void withdraw() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    public InvitationSummary summaryAt(Instant now) {
        return new InvitationSummary(id, code, role, expiresAt, maxUses, uses, createdBy, createdAt, stateAt(now));
    }

    public Long getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getCode() {
        return code;
    }

    public TenantRole getRole() {
        return role;
    }

    public int getUses() {
        return uses;
    }
}
