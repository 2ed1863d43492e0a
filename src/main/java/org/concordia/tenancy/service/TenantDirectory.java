package org.concordia.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.Membership;
import org.concordia.tenancy.model.MembershipSource;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.model.Tenant;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.model.TenantSummary;
import org.concordia.tenancy.persistence.TenantRepository;

/**
 * Which tenants exist and who belongs to them: platform administrators open, archive and restore tenants; a
 * tenant's admins keep its settings.
 */
@ApplicationScoped
@Transactional
public class TenantDirectory {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantAccess access;

    /** Opens a new tenant and makes {@code firstAdmin} its admin. Only platform administrators may. */
    @NoTenantRoleRequired("platform administrators only: requirePlatformAdmin")
    public TenantSummary openTenant(String slug, String name, TenantKind kind, String firstAdmin) {
        access.requirePlatformAdmin("open a tenant");
        Tenant tenant = new Tenant(slug, name, kind);
        if (tenants.findBySlug(slug).isPresent()) {
            throw new InvalidInputException("error.tenancy.aTenantWithTheShort", slug);
        }
        tenants.add(tenant);
        if (firstAdmin != null && !firstAdmin.isBlank()) {
            tenants.add(new Membership(tenant, firstAdmin.strip(), TenantRole.ADMIN, MembershipSource.DIRECT));
        }
        return tenant.summary();
    }

    /** Every tenant, by name: the platform administrators' overview. */
    @NoTenantRoleRequired("platform administrators only: requirePlatformAdmin")
    public List<TenantSummary> listTenants() {
        access.requirePlatformAdmin("list all tenants");
        return tenants.listByName().stream().map(Tenant::summary).toList();
    }

    /** Makes a tenant read-only, for example at the end of a semester. */
    @NoTenantRoleRequired("platform administrators only: requirePlatformAdmin")
    public TenantSummary archiveTenant(String slug) {
        String operator = access.requirePlatformAdmin("archive tenants").username();
        Tenant tenant = existing(slug);
        tenant.archive(operator);
        return tenant.summary();
    }

    @NoTenantRoleRequired("platform administrators only: requirePlatformAdmin")
    public TenantSummary restoreTenant(String slug) {
        access.requirePlatformAdmin("restore tenants");
        Tenant tenant = existing(slug);
        tenant.restore();
        return tenant.summary();
    }

    @NoTenantRoleRequired("the login resolves tenants before a role is known")
    public Optional<TenantSummary> findTenant(String slug) {
        return tenants.findBySlug(slug).map(Tenant::summary);
    }

    /** The tenant the acting user works in. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see this tenant")
    public TenantSummary currentTenant() {
        return existing(access.currentTenantId()).summary();
    }

    /** Renames the current tenant or changes its kind; its short name stays. */
    @RequiresTenantRole(value = TenantRole.ADMIN, action = "change the tenant's settings", writes = true)
    public TenantSummary describeCurrentTenant(String name, TenantKind kind) {
        Tenant tenant = existing(access.currentTenantId());
        tenant.describeAs(name, kind);
        return tenant.summary();
    }

    /**
     * Makes {@code username} a member of the tenant with {@code role}, or gives an existing member that role.
     * For platform administrators and for setting up demo data.
     */
    @NoTenantRoleRequired("platform administrators only: requirePlatformAdmin")
    public void enrol(String tenantSlug, String username, TenantRole role) {
        access.requirePlatformAdmin("enrol members");
        Tenant tenant = existing(tenantSlug);
        tenants.findMembership(tenantSlug, username).ifPresentOrElse(
                existing -> existing.changeRole(role),
                () -> tenants.add(new Membership(tenant, username, role, MembershipSource.DIRECT)));
    }

    /** The tenants {@code username} belongs to, by name; what the tenant switcher offers. */
    @NoTenantRoleRequired("the login resolves memberships before a role is known")
    public List<MembershipSummary> membershipsOf(String username) {
        return tenants.membershipsOf(username);
    }

    private Tenant existing(String slug) {
        return tenants.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("error.tenancy.thereIsNoTenant", slug));
    }
}
