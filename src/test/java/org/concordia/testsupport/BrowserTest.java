package org.concordia.testsupport;

import java.net.URI;
import java.net.URL;
import org.concordia.testsupport.pages.DashboardPage;
import org.concordia.testsupport.pages.KeycloakLoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.drone.api.annotation.Drone;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A browser test: the application as built, the real Keycloak, headless Chromium. Subclasses log in as demo users
 * through Keycloak's login page.
 */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
@RunAsClient
public abstract class BrowserTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    protected URL deploymentUrl;

    @Drone
    protected WebDriver browser;

    /** The application's address, on localhost as Keycloak requires. */
    protected URI app() {
        return Urls.localhost(deploymentUrl);
    }

    /** Forgets any earlier login, opens the dashboard and logs in there as {@code username}. */
    protected DashboardPage logInAs(String username) {
        Browsers.logOutEverywhere(browser, app());
        browser.get(app().resolve("dashboard.xhtml").toString());
        new KeycloakLoginPage(browser).logInAs(username, "concordia");
        return new DashboardPage(browser);
    }
}
