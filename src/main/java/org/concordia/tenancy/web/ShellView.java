package org.concordia.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.faces.Texts;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.concordia.tenancy.service.TenantDirectory;

/** What the page frame shows on every screen: who is logged in, in which tenant, as what; the tenant switcher. */
@Named("shell")
@RequestScoped
public class ShellView {

    @Inject
    TenantAccess access;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantSelection selection;

    private Optional<MembershipSummary> membership;
    private List<MembershipSummary> memberships;

    public String getUserName() {
        return ExecutionContext.currentUser().map(UserIdentity::displayName).orElse("");
    }

    public String getUsername() {
        return ExecutionContext.currentUser().map(UserIdentity::username).orElse("");
    }

    public MembershipSummary getMembership() {
        if (membership == null) {
            membership = access.currentMembership();
        }
        return membership.orElse(null);
    }

    public String getTenantName() {
        return getMembership() == null ? "" : getMembership().tenantName();
    }

    public String getRoleLabel() {
        return getMembership() == null ? "" : Texts.label(getMembership().role());
    }

    public boolean isSupervisor() {
        return getMembership() != null && getMembership().grants(TenantRole.SUPERVISOR);
    }

    public boolean isAdmin() {
        return getMembership() != null && getMembership().grants(TenantRole.ADMIN);
    }

    public boolean isArchived() {
        return getMembership() != null && getMembership().archived();
    }

    public boolean isPlatformAdmin() {
        return ExecutionContext.currentUser().map(UserIdentity::isPlatformAdmin).orElse(false);
    }

    /** All tenants of the user, the current one included; the switcher shows it only when there are several. */
    public List<MembershipSummary> getMemberships() {
        if (memberships == null) {
            memberships = ExecutionContext.currentUser()
                    .map(user -> directory.membershipsOf(user.username()))
                    .orElse(List.of());
        }
        return memberships;
    }

    /** Switches to another of the user's tenants and starts again from its dashboard. */
    public String switchTo(String tenantSlug) {
        boolean member = getMemberships().stream().anyMatch(m -> m.tenantSlug().equals(tenantSlug));
        if (member) {
            selection.choose(tenantSlug);
        }
        return "/dashboard?faces-redirect=true";
    }
}
