package org.concordia.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.concordia.testsupport.Browsers;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.People;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.Urls;
import org.concordia.testsupport.pages.AuditPage;
import org.concordia.testsupport.pages.DashboardPage;
import org.concordia.testsupport.pages.KeycloakLoginPage;
import org.concordia.testsupport.pages.MembersPage;
import org.concordia.testsupport.pages.TenantsAdminPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Running a tenant and the platform from the browser. */
class TenantAdministrationUiIT extends BrowserTest {




    private URI app;

    @BeforeEach
    void startLoggedOut() {
        app = Urls.localhost(deploymentUrl);
        Browsers.logOutEverywhere(browser, app);
    }

    @Test
    @DisplayName("A tenant admin changes a member's role and finds the change, before and after, in the audit trail")
    void anAdminChangesARoleAndSeesItAudited() {
        browser.get(app.resolve("dashboard.xhtml").toString());
        new KeycloakLoginPage(browser).logInAs("irene", "concordia");
        new DashboardPage(browser);

        MembersPage members = MembersPage.openFromMenu(browser).changeRole("carla", "supervisor");
        assertThat(members.roleOf("carla")).isEqualTo("supervisor");
        members.changeRole("carla", "coder");

        AuditPage audit = AuditPage.openFromMenu(browser);
        Screenshots.save(browser, "audit-trail");
        assertThat(audit.rows().get(0)).as("newest first: back to coder")
                .contains("irene", "membership “carla” changed", "role:", "supervisor → coder");
        assertThat(audit.rows().get(1)).as("before that: made supervisor")
                .contains("irene", "membership “carla” changed", "role:", "coder → supervisor");
    }

    @Test
    @DisplayName("A platform admin opens a tenant for a new class, archives it at the end of term and restores it")
    void aPlatformAdminOpensArchivesAndRestoresATenant() {
        browser.get(app.resolve("dashboard.xhtml").toString());
        new KeycloakLoginPage(browser).logInAs("operator", "concordia");
        String name = "Spring seminar " + People.unique("s");
        String slug = People.unique("spring");

        TenantsAdminPage tenants = new TenantsAdminPage(browser).open(name, slug, "dan");
        assertThat(tenants.stateOf(name)).isEqualTo("active");

        tenants.askToArchive(name);
        assertAccessible("the archive confirmation open");
        tenants.confirmArchive(name);
        assertThat(tenants.stateOf(name)).isEqualTo("archived");
        tenants.restore(name);
        assertThat(tenants.stateOf(name)).isEqualTo("active");
    }
}
