package org.concordia.tenancy.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.concordia.tenancy.model.MembershipSummary;

/** The tenant a person chose with the switcher for this browser session. */
@SessionScoped
public class TenantSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private String chosenTenant;
    private Set<String> appliedGroups;

    /**
     * The tenant to work in: the chosen one while the person still belongs to it, else their first tenant by name,
     * else none.
     */
    public String activeTenant(List<MembershipSummary> memberships) {
        return memberships.stream()
                .map(MembershipSummary::tenantSlug)
                .filter(slug -> slug.equals(chosenTenant))
                .findFirst()
                .orElse(memberships.isEmpty() ? null : memberships.get(0).tenantSlug());
    }

    public void choose(String tenantSlug) {
        this.chosenTenant = tenantSlug;
    }

    /** Whether these Keycloak groups still have to be turned into memberships in this session. */
    public boolean groupsChanged(Set<String> groups) {
        return !groups.equals(appliedGroups);
    }

    public void groupsApplied(Set<String> groups) {
        this.appliedGroups = Set.copyOf(groups);
    }
}
