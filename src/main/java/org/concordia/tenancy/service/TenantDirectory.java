package org.concordia.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.Membership;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.model.Tenant;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.persistence.TenantRepository;

/** Which tenants exist and who belongs to them. */
@ApplicationScoped
@Transactional
public class TenantDirectory {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantAccess access;

    /** Opens a new tenant. Only platform administrators may. */
    public Tenant openTenant(String slug, String name, TenantKind kind) {
        requirePlatformAdmin("open a tenant");
        Tenant tenant = new Tenant(slug, name, kind);
        if (tenants.findBySlug(slug).isPresent()) {
            throw new InvalidInputException("A tenant with the short name \"" + slug + "\" exists already.");
        }
        tenants.add(tenant);
        return tenant;
    }

    public Optional<Tenant> findTenant(String slug) {
        return tenants.findBySlug(slug);
    }

    /** Makes {@code username} a member of the tenant with {@code role}, or gives an existing member that role. */
    public void enrol(String tenantSlug, String username, TenantRole role) {
        requirePlatformAdmin("enrol members");
        Tenant tenant = tenants.findBySlug(tenantSlug)
                .orElseThrow(() -> new NotFoundException("There is no tenant \"" + tenantSlug + "\"."));
        tenants.findMembership(tenantSlug, username).ifPresentOrElse(
                existing -> existing.changeRole(role),
                () -> tenants.add(new Membership(tenant, username, role)));
    }

    /** The tenants {@code username} belongs to, by name; what the tenant switcher offers. */
    public List<MembershipSummary> membershipsOf(String username) {
        return tenants.membershipsOf(username);
    }

    private void requirePlatformAdmin(String action) {
        UserIdentity user = access.currentUser();
        if (!user.isPlatformAdmin()) {
            throw new AccessDeniedException("Only platform administrators can " + action + ".");
        }
    }
}
