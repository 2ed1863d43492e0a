package org.concordia.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.platform.text.Phrase;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.persistence.TenantRepository;

/**
 * The one place that decides what the acting user may do in the current tenant. Services call
 * {@link #require(TenantRole, String)} before they act, so a role is enforced whatever screen or API called them.
 * Roles are read from the database on every check: a changed role takes effect on the next request.
 */
@NoTenantRoleRequired("the role checks themselves")
@ApplicationScoped
@Transactional
public class TenantAccess {

    @Inject
    TenantRepository tenants;

    /** The acting user; every service call runs on behalf of somebody. */
    public UserIdentity currentUser() {
        return ExecutionContext.currentUser()
                .orElseThrow(() -> new AccessDeniedException("error.tenancy.pleaseLogInFirst"));
    }

    /** The acting user's membership of the current tenant, if they have one. */
    public Optional<MembershipSummary> currentMembership() {
        Optional<UserIdentity> user = ExecutionContext.currentUser();
        Optional<String> tenant = ExecutionContext.currentTenantId();
        if (user.isEmpty() || tenant.isEmpty()) {
            return Optional.empty();
        }
        return tenants.membershipsOf(user.get().username()).stream()
                .filter(m -> m.tenantSlug().equals(tenant.get()))
                .findFirst();
    }

    /** The tenant the acting user works in; fails when there is none. */
    public String currentTenantId() {
        return ExecutionContext.currentTenantId()
                .orElseThrow(() -> new AccessDeniedException("error.tenancy.chooseATenantFirst"));
    }

    public boolean has(TenantRole role) {
        return currentMembership().map(m -> m.grants(role)).orElse(false);
    }

    /**
     * Fails unless the acting user holds {@code role} (or a higher one) in the current tenant.
     *
     * @param action what they tried, for the message: "create projects"
     */
    public MembershipSummary require(TenantRole role, String action) {
        MembershipSummary membership = currentMembership().orElseThrow(() -> new AccessDeniedException(
                "error.tenancy.youAreNotAMember", Phrase.of(action)));
        if (!membership.grants(role)) {
            throw new AccessDeniedException("error.tenancy.onlyAOfCanYou", role, membership.tenantName(),
                    Phrase.of(action), membership.role());
        }
        return membership;
    }

    /**
     * {@link #require} for changes: also fails while the tenant is archived, since an archived tenant is
     * read-only for everybody.
     */
    public MembershipSummary requireWritable(TenantRole role, String action) {
        MembershipSummary membership = require(role, action);
        if (membership.archived()) {
            throw new AccessDeniedException("error.tenancy.isArchivedAndReadOnly", membership.tenantName(),
                    Phrase.of(action));
        }
        return membership;
    }

    /** Fails unless the acting user operates the platform (Keycloak realm role platform-admin). */
    public UserIdentity requirePlatformAdmin(String action) {
        UserIdentity user = currentUser();
        if (!user.isPlatformAdmin()) {
            throw new AccessDeniedException("error.tenancy.onlyPlatformAdministratorsCan", Phrase.of(action));
        }
        return user;
    }
}
