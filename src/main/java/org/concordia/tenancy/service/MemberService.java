package org.concordia.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.Explanation;
import org.concordia.tenancy.model.MemberSummary;
import org.concordia.tenancy.model.Membership;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.persistence.TenantRepository;

/**
 * The members of the current tenant, run by its admins. Removing a member ends their access only: what they coded
 * stays, attributed to them.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantAccess access;

    @RequiresTenantRole(value = TenantRole.ADMIN, action = "see the list of members")
    public List<MemberSummary> listMembers() {
        return tenants.membersOf(access.currentTenantId()).stream().map(Membership::summary).toList();
    }

    /** The usernames of the tenant's members, for supervisors choosing coders to assign documents to. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see who can be assigned documents")
    public List<String> listMemberNames() {
        return tenants.membersOf(access.currentTenantId()).stream().map(Membership::getUsername).toList();
    }

    /** Gives a member another role; it takes effect on their next request. */
    @RequiresTenantRole(value = TenantRole.ADMIN, action = "change members' roles", writes = true)
    public MemberSummary changeRole(String username, TenantRole newRole) {
        Membership member = existing(username);
        if (member.getRole() == TenantRole.ADMIN && newRole != TenantRole.ADMIN) {
            requireAnotherAdmin(Explanation.of("error.tenancy.takeTheAdminRoleFrom", username));
        }
        member.changeRole(newRole);
        return member.summary();
    }

    @RequiresTenantRole(value = TenantRole.ADMIN, action = "remove members", writes = true)
    public void removeMember(String username) {
        Membership member = existing(username);
        if (member.getRole() == TenantRole.ADMIN) {
            requireAnotherAdmin(Explanation.of("error.tenancy.remove", username));
        }
        tenants.remove(member);
    }

    private void requireAnotherAdmin(Explanation action) {
        if (tenants.countWithRole(access.currentTenantId(), TenantRole.ADMIN) < 2) {
            throw new InvalidInputException("error.tenancy.aTenantNeedsAtLeast", action);
        }
    }

    private Membership existing(String username) {
        return tenants.findMembership(access.currentTenantId(), username)
                .orElseThrow(() -> new NotFoundException("error.tenancy.isNotAMemberOf", username));
    }
}
