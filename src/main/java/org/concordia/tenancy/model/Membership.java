package org.concordia.tenancy.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * A person's membership of one tenant, with their role there. Not filtered by Hibernate's tenant id, because a
 * person must see all their tenants to switch between them; every query on it names the user or the tenant.
 */
@Entity
@Audited
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 63)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipSource source;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Membership() {
        // for JPA
    }

    public Membership(Tenant tenant, String username, TenantRole role, MembershipSource source) {
        this.tenantId = Objects.requireNonNull(tenant, "A membership needs a tenant").getSlug();
        this.username = Objects.requireNonNull(username, "A membership needs a user");
        this.role = Objects.requireNonNull(role, "A membership needs a role");
        this.source = Objects.requireNonNull(source, "A membership needs a source");
        this.createdAt = Instant.now();
    }

    public void changeRole(TenantRole newRole) {
        this.role = Objects.requireNonNull(newRole, "A membership needs a role");
    }

    public String getTenantId() {
        return tenantId;
    }

    public MembershipSource getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MemberSummary summary() {
        return new MemberSummary(username, role, source, createdAt);
    }

    public String getUsername() {
        return username;
    }

    public TenantRole getRole() {
        return role;
    }
}
