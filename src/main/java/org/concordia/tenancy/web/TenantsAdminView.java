package org.concordia.tenancy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantSummary;
import org.concordia.tenancy.service.TenantDirectory;

/** Platform administrators open tenants, name their first admin, archive and restore them. */
@Named
@ViewScoped
public class TenantsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantDirectory directory;

    private List<TenantSummary> tenants;
    private String slug;
    private String name;
    private TenantKind kind = TenantKind.CLASSROOM;
    private String firstAdmin;

    @PostConstruct
    void load() {
        tenants = directory.listTenants();
    }

    public void open() {
        TenantSummary opened = directory.openTenant(slug, name, kind, firstAdmin);
        tenants = directory.listTenants();
        Messages.info(firstAdmin == null ? Texts.get("tenants.msg.opened", opened.name())
                : Texts.get("tenants.msg.openedWithAdmin", opened.name(), firstAdmin));
        slug = null;
        name = null;
        firstAdmin = null;
    }

    public void archive(TenantSummary tenant) {
        directory.archiveTenant(tenant.slug());
        tenants = directory.listTenants();
        Messages.info(Texts.get("tenants.msg.archived", tenant.name()));
    }

    public void restore(TenantSummary tenant) {
        directory.restoreTenant(tenant.slug());
        tenants = directory.listTenants();
        Messages.info(Texts.get("tenants.msg.restored", tenant.name()));
    }

    public List<TenantSummary> getTenants() {
        return tenants;
    }

    public TenantKind[] getKinds() {
        return TenantKind.values();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
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

    public String getFirstAdmin() {
        return firstAdmin;
    }

    public void setFirstAdmin(String firstAdmin) {
        this.firstAdmin = firstAdmin;
    }
}
