package org.concordia.tenancy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.model.TenantSummary;
import org.concordia.tenancy.service.TenantAccess;
import org.concordia.tenancy.service.TenantDirectory;

/** A tenant's admins rename it and say what kind of tenant it is. */
@Named
@ViewScoped
public class TenantSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantAccess access;

    private TenantSummary tenant;
    private String name;
    private TenantKind kind;

    @PostConstruct
    void load() {
        access.require(TenantRole.ADMIN, "change the tenant's settings");
        tenant = directory.currentTenant();
        name = tenant.name();
        kind = tenant.kind();
    }

    public void save() {
        tenant = directory.describeCurrentTenant(name, kind);
        Messages.info(Texts.get("settings.msg.saved"));
    }

    public TenantSummary getTenant() {
        return tenant;
    }

    public TenantKind[] getKinds() {
        return TenantKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TenantKind getKind() {
        return kind;
    }

    public void setKind(TenantKind kind) {
        this.kind = kind;
    }
}
