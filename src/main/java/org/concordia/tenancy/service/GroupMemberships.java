package org.concordia.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordia.tenancy.model.Membership;
import org.concordia.tenancy.model.MembershipSource;
import org.concordia.tenancy.model.Tenant;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.persistence.TenantRepository;

/**
 * Lets an institution run roles in its identity provider: Keycloak groups with the path
 * {@code /tenants/<slug>/<role>} grant membership of that tenant with that role at login. Memberships granted this
 * way follow the groups (leave the group, lose the membership); memberships made otherwise are never touched, but
 * a group may raise their role.
 */
@NoTenantRoleRequired("the login applies Keycloak groups before a role is known")
@ApplicationScoped
@Transactional
public class GroupMemberships {

    private static final Pattern TENANT_GROUP = Pattern.compile("/tenants/([a-z0-9-]+)/(coder|supervisor|admin)");
    private static final Logger LOG = Logger.getLogger(GroupMemberships.class.getName());

    @Inject
    TenantRepository tenants;

    /** Brings {@code username}'s memberships in line with their Keycloak groups. */
    public void applyGroups(String username, Set<String> groups) {
        Map<String, TenantRole> granted = grantedBy(groups);
        for (Membership membership : tenants.membershipEntitiesOf(username)) {
            TenantRole role = granted.remove(membership.getTenantId());
            if (membership.getSource() == MembershipSource.GROUP) {
                if (role == null) {
                    tenants.remove(membership);
                } else if (role != membership.getRole()) {
                    membership.changeRole(role);
                }
            } else if (role != null && role.compareTo(membership.getRole()) > 0) {
                membership.changeRole(role);
            }
        }
        granted.forEach((slug, role) -> {
            Optional<Tenant> tenant = tenants.findBySlug(slug);
            if (tenant.isPresent()) {
                tenants.add(new Membership(tenant.get(), username, role, MembershipSource.GROUP));
            } else {
                LOG.warning(() -> "Keycloak group /tenants/" + slug + "/" + role.label() + " of " + username
                        + " names no tenant; ignored.");
            }
        });
    }

    /** The highest role each tenant's groups grant. */
    static Map<String, TenantRole> grantedBy(Set<String> groups) {
        Map<String, TenantRole> granted = new HashMap<>();
        for (String group : groups) {
            Matcher matcher = TENANT_GROUP.matcher(group);
            if (matcher.matches()) {
                TenantRole role = TenantRole.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
                granted.merge(matcher.group(1), role, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return granted;
    }
}
