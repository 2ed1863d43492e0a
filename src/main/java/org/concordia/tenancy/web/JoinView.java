package org.concordia.tenancy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.InvitationPreview;
import org.concordia.tenancy.service.InvitationService;

/**
 * Joining a tenant with an invitation code: from an invitation link (see {@link JoinLinkServlet}) or by typing the
 * code. Shows which tenant and role the code gives before anything happens. The parameter is not called "code": on
 * a protected page the OIDC client would take it for the authorization code of a login and refuse it.
 */
@Named
@ViewScoped
public class JoinView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationService invitations;

    @Inject
    TenantSelection selection;

    private String code;
    private InvitationPreview preview;
    private String problem;

    /** Called by the page's viewAction when it opens with a code in the address. */
    public void load() {
        if (code != null && !code.isBlank()) {
            check();
        }
    }

    public void check() {
        try {
            preview = invitations.preview(code);
            problem = Texts.explain(preview.problem());
        } catch (NotFoundException e) {
            preview = null;
            problem = e.messageIn(Texts.pageLocale());
        }
    }

    public String join() {
        String tenant = invitations.join(preview.code());
        selection.choose(tenant);
        Messages.infoAfterRedirect(Texts.get("join.msg.welcome", preview.tenantName()));
        return "/dashboard?faces-redirect=true";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public InvitationPreview getPreview() {
        return preview;
    }

    public String getProblem() {
        return problem;
    }
}
