package org.concordia.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.Explanation;
import org.concordia.tenancy.model.Invitation;
import org.concordia.tenancy.model.InvitationPreview;
import org.concordia.tenancy.model.InvitationSummary;
import org.concordia.tenancy.model.Membership;
import org.concordia.tenancy.model.MembershipSource;
import org.concordia.tenancy.model.Tenant;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.persistence.InvitationRepository;
import org.concordia.tenancy.persistence.TenantRepository;

/**
 * Invitations let a class or team join without anybody editing Keycloak: a supervisor makes a code, students
 * register in Keycloak and join with it. Supervisors invite coders and supervisors; only admins invite admins.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    /** No 0/O, 1/I/L: codes are read aloud in classrooms and copied from slides. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    InvitationRepository invitations;

    @Inject
    TenantRepository tenants;

    @Inject
    TenantAccess access;

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "invite people", writes = true)
    public InvitationSummary createInvitation(TenantRole role, Duration validFor, int maxUses) {
        var inviter = access.requireWritable(TenantRole.SUPERVISOR, "invite people");
        if (role == TenantRole.ADMIN && !inviter.grants(TenantRole.ADMIN)) {
            throw new AccessDeniedException("error.tenancy.onlyAdminsCanInviteAdmins");
        }
        Tenant tenant = tenants.findBySlug(inviter.tenantSlug()).orElseThrow();
        Invitation invitation = new Invitation(tenant, newCode(), role, validFor, maxUses,
                access.currentUser().username());
        invitations.add(invitation);
        return invitation.summaryAt(Instant.now());
    }

    /** The current tenant's invitations, newest first. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see invitations")
    public List<InvitationSummary> listInvitations() {
        Instant now = Instant.now();
        return invitations.listFor(access.currentTenantId()).stream().map(i -> i.summaryAt(now)).toList();
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "withdraw invitations", writes = true)
    public InvitationSummary withdrawInvitation(long id) {
        Invitation invitation = invitations.find(access.currentTenantId(), id)
                .orElseThrow(() -> new NotFoundException("error.tenancy.thisInvitationDoesNotExist"));
        invitation.withdraw();
        return invitation.summaryAt(Instant.now());
    }

    /** What joining with {@code code} would mean, for anybody logged in who holds the code. */
    @NoTenantRoleRequired("the join page, before the person is a member of the tenant")
    public InvitationPreview preview(String code) {
        Invitation invitation = findByCode(code);
        Tenant tenant = tenants.findBySlug(invitation.getTenantId()).orElseThrow();
        Explanation problem = tenant.isArchived()
                ? Explanation.of("error.tenancy.isArchivedAndTakesNo", tenant.getName())
                : invitation.problemAt(Instant.now());
        return new InvitationPreview(invitation.getCode(), tenant.getSlug(), tenant.getName(), invitation.getRole(),
                problem);
    }

    /**
     * Makes the acting user a member of the invitation's tenant (whatever tenant they are working in now) and
     * returns its slug. Someone who is a member already keeps their role, and the invitation is not used up.
     */
    @NoTenantRoleRequired("joining makes the person a member: there is no role yet")
    public String join(String code) {
        String username = access.currentUser().username();
        Invitation invitation = findByCode(code);
        Tenant tenant = tenants.findBySlug(invitation.getTenantId()).orElseThrow();
        if (tenant.isArchived()) {
            throw new InvalidInputException("error.tenancy.isArchivedAndTakesNo", tenant.getName());
        }
        if (tenants.findMembership(tenant.getSlug(), username).isEmpty()) {
            invitation.redeem(Instant.now());
            tenants.add(new Membership(tenant, username, invitation.getRole(), MembershipSource.INVITATION));
        }
        return tenant.getSlug();
    }

    private Invitation findByCode(String code) {
        String normalised = normalise(code);
        return invitations.findByCode(normalised).orElseThrow(() -> new NotFoundException(
                "error.tenancy.noInvitationWithCode", code == null ? "" : code.strip()));
    }

    /** Codes are typed by hand: case, spaces and a missing hyphen do not matter. */
    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        String letters = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return letters.length() == 8 ? letters.substring(0, 4) + "-" + letters.substring(4) : letters;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
