package org.concordia.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.concordia.testsupport.Browsers;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.People;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.Urls;
import org.concordia.testsupport.pages.DashboardPage;
import org.concordia.testsupport.pages.KeycloakLoginPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The tenant dashboard in headless Chromium, logged in through the real Keycloak login page as demo users. */
class DashboardUiIT extends BrowserTest {




    private URI app;

    @BeforeEach
    void startLoggedOut() {
        app = Urls.localhost(deploymentUrl);
        Browsers.logOutEverywhere(browser, app);
    }

    @Test
    @DisplayName("A coder logs in, sees their tenant's projects and not another tenant's, and logs out")
    void aCoderSeesOnlyTheirTenant() {
        DashboardPage dashboard = logIn("ada");

        assertThat(dashboard.tenantName()).isEqualTo("Seminar on Gulf politics");
        assertThat(dashboard.role()).isEqualTo("coder");
        assertThat(dashboard.userName()).isEqualTo("Ada Rahimi");
        assertThat(dashboard.projectNames()).contains("Iraq 2020: who chose the prime minister?")
                .doesNotContain("Proxy networks and Iraqi premierships, 2018-2022");
        assertThat(dashboard.offersNewProject()).as("coders do not create projects").isFalse();
        assertThat(dashboard.offersTenantSwitch()).as("ada belongs to one tenant only").isFalse();

        dashboard.logOut();
        browser.get(app.resolve("dashboard.xhtml").toString());
        // The way to Keycloak's page is a chain of redirects, which may still be under way when get() returns.
        boolean asked = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(b -> !b.findElements(By.id("kc-login")).isEmpty() || !b.findElements(By.id("logout")).isEmpty())
                && !browser.findElements(By.id("kc-login")).isEmpty();
        assertThat(asked).as("after logging out, Keycloak asks for the password again").isTrue();
    }

    @Test
    @DisplayName("A member of two tenants switches between them and, as supervisor, creates and renames a project")
    void aMemberOfTwoTenantsSwitchesAndManagesProjects() {
        DashboardPage dashboard = logIn("ben");
        assertThat(dashboard.offersTenantSwitch()).isTrue();

        DashboardPage seminar = dashboard.switchTo("Seminar on Gulf politics");
        assertThat(seminar.role()).isEqualTo("coder");
        assertThat(seminar.projectNames()).contains("Iraq 2020: who chose the prime minister?")
                .doesNotContain("Proxy networks and Iraqi premierships, 2018-2022");
        assertThat(seminar.offersNewProject()).isFalse();

        DashboardPage research = seminar.switchTo("Gulf Accounts Research Team");
        assertThat(research.role()).isEqualTo("supervisor");
        assertThat(research.projectNames()).contains("Proxy networks and Iraqi premierships, 2018-2022")
                .doesNotContain("Iraq 2020: who chose the prime minister?");

        String name = People.unique("Kadhimi accounts");
        research.createProject(name, "Who backed whom, <b>per source</b>");
        assertThat(research.message()).contains("Created");
        assertThat(research.projectNames()).contains(name);
        assertThat(browser.getPageSource()).as("user input is escaped, not rendered as markup")
                .contains("&lt;b&gt;per source&lt;/b&gt;");

        research.renameProject(name, name + " (2020)");
        assertThat(research.projectNames()).contains(name + " (2020)").doesNotContain(name);
        research.screenshot("dashboard-supervisor");

        browser.navigate().refresh();
        assertThat(new DashboardPage(browser).tenantName())
                .as("the chosen tenant stays chosen for the session").isEqualTo("Gulf Accounts Research Team");
        new DashboardPage(browser).logOut();
    }

    @Test
    @DisplayName("Someone registered in Keycloak but member of no tenant sees a clear 403 page")
    void aPersonWithoutTenantSeesTheForbiddenPage() {
        browser.get(app.resolve("dashboard.xhtml").toString());
        new KeycloakLoginPage(browser).logInAs("olga", "concordia");

        Screenshots.save(browser, "forbidden-without-tenant");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
        assertThat(browser.findElement(By.id("error-message")).getText())
                .contains("not a member of any Concordia tenant");
        assertThat(browser.findElements(By.id("dashboard-link"))).as("no way back to this same page").isEmpty();
        assertThat(browser.findElement(By.id("join-link")).isDisplayed()).as("the way on: an invitation").isTrue();
    }

    private DashboardPage logIn(String username) {
        browser.get(app.resolve("dashboard.xhtml").toString());
        new KeycloakLoginPage(browser).logInAs(username, "concordia");
        return new DashboardPage(browser);
    }
}
