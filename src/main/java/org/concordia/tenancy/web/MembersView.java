package org.concordia.tenancy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.MemberSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.MemberService;

/** Tenant admins see who belongs to the tenant, change roles and remove members. */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService memberService;

    private List<MemberSummary> members;

    @PostConstruct
    void load() {
        members = memberService.listMembers();
    }

    public void changeRole(MemberSummary member, TenantRole role) {
        memberService.changeRole(member.username(), role);
        members = memberService.listMembers();
        Messages.info(Texts.get("members.msg.roleChanged", member.username(), Texts.label(role)));
    }

    public void remove(MemberSummary member) {
        memberService.removeMember(member.username());
        members = memberService.listMembers();
        Messages.info(Texts.get("members.msg.removed", member.username()));
    }

    public List<MemberSummary> getMembers() {
        return members;
    }

    public TenantRole[] getRoles() {
        return TenantRole.values();
    }
}
