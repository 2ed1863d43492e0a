package org.concordia.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.concordia.testsupport.Browsers;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.People;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.Urls;
import org.concordia.testsupport.pages.DashboardPage;
import org.concordia.testsupport.pages.InvitationsPage;
import org.concordia.testsupport.pages.JoinPage;
import org.concordia.testsupport.pages.KeycloakLoginPage;
import org.concordia.testsupport.pages.KeycloakRegistrationPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A class starts without anybody editing Keycloak: invitation, self-registration, joining. */
class InvitationUiIT extends BrowserTest {




    @Test
    @DisplayName("A supervisor creates an invitation; a new student registers in Keycloak, joins and lands as coder")
    void aNewStudentRegistersAndJoinsWithAnInvitation() {
        URI app = Urls.localhost(deploymentUrl);
        Browsers.logOutEverywhere(browser, app);
        browser.get(app.resolve("dashboard.xhtml").toString());
        new KeycloakLoginPage(browser).logInAs("sam", "concordia");
        new DashboardPage(browser);
        String link = InvitationsPage.openFromMenu(browser).createInvitationLink();
        Screenshots.save(browser, "invitation-created");
        assertThat(link).startsWith(app + "join/");
        browser.get(app.resolve("dashboard.xhtml").toString());
        new DashboardPage(browser).logOut();

        browser.get(link);
        String student = People.unique("student");
        KeycloakRegistrationPage.fromLoginPage(browser).register(student, "Nour", "Haddad", "a-Long-passw0rd");
        JoinPage join = new JoinPage(browser);
        assertThat(join.offeredTenant()).isEqualTo("Seminar on Gulf politics");
        DashboardPage dashboard = join.accept();

        assertThat(dashboard.tenantName()).isEqualTo("Seminar on Gulf politics");
        assertThat(dashboard.role()).isEqualTo("coder");
        assertThat(dashboard.message()).contains("Welcome to Seminar on Gulf politics");
        assertThat(dashboard.projectNames()).contains("Iraq 2020: who chose the prime minister?");
        dashboard.screenshot("joined-as-coder");
    }
}
