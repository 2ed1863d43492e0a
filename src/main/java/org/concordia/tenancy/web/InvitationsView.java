package org.concordia.tenancy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.InvitationSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.InvitationService;
import org.concordia.tenancy.service.TenantAccess;

/** Supervisors make invitation codes for their class or team, see how often they were used, withdraw them. */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationService invitationService;

    @Inject
    TenantAccess access;

    private List<InvitationSummary> invitations;
    private List<TenantRole> offeredRoles;
    private TenantRole role = TenantRole.CODER;
    private int validDays = 14;
    private int maxUses = 30;
    private InvitationSummary created;

    @PostConstruct
    void load() {
        invitations = invitationService.listInvitations();
        boolean admin = access.has(TenantRole.ADMIN);
        offeredRoles = Arrays.stream(TenantRole.values()).filter(r -> admin || r != TenantRole.ADMIN).toList();
    }

    public void create() {
        created = invitationService.createInvitation(role, Duration.ofDays(validDays), maxUses);
        invitations = invitationService.listInvitations();
        Messages.info(Texts.get("invitations.msg.created", created.code()));
    }

    public void withdraw(InvitationSummary invitation) {
        invitationService.withdrawInvitation(invitation.id());
        invitations = invitationService.listInvitations();
        Messages.info(Texts.get("invitations.msg.withdrawn", invitation.code()));
    }

    /** The address to share: opening it asks for a login (or registration) and then offers to join. */
    public String linkFor(InvitationSummary invitation) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String base = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath() + "/";
        return JoinLinkServlet.linkFor(base, invitation.code());
    }

    public List<InvitationSummary> getInvitations() {
        return invitations;
    }

    public List<TenantRole> getOfferedRoles() {
        return offeredRoles;
    }

    public InvitationSummary getCreated() {
        return created;
    }

    public TenantRole getRole() {
        return role;
    }

    public void setRole(TenantRole role) {
        this.role = role;
    }

    public int getValidDays() {
        return validDays;
    }

    public void setValidDays(int validDays) {
        this.validDays = validDays;
    }

    public int getMaxUses() {
        return maxUses;
    }

    public void setMaxUses(int maxUses) {
        this.maxUses = maxUses;
    }
}
