package org.concordia.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.List;
import org.concordia.testsupport.pages.DashboardPage;
import org.concordia.testsupport.pages.KeycloakLoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.drone.api.annotation.Drone;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A browser test: the application as built, the real Keycloak, headless Chromium. Subclasses log in as demo users
 * through Keycloak's login page. Every test fails on a script error or a Content Security Policy violation on any
 * of Concordia's pages it opened, and on a serious or critical accessibility violation on the page it ends on
 * ({@link PageChecks}).
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

    private PageChecks checks;

    @BeforeEach
    void watchForScriptErrors() {
        checks = PageChecks.watch(browser, app());
    }

    @AfterEach
    void noScriptErrorAndNoSeriousAccessibilityViolation(TestInfo test) {
        try {
            List<String> scriptProblems = checks.scriptProblems();
            List<String> violations = PageChecks.accessibilityViolations(browser, app(), getClass().getSimpleName() + "-"
                    + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
            assertThat(scriptProblems).as("script errors and policy violations in the browser").isEmpty();
            assertThat(violations).as("serious or critical accessibility violations (axe-core, WCAG 2.1 AA)")
                    .isEmpty();
        } finally {
            checks.close();
            keepASpareWindow();
        }
    }

    /**
     * Drone ends the browser with close() and then quit(). With WebDriver BiDi on, closing the last window lets
     * ChromeDriver end the session and drop the BiDi connection while Selenium closes it too, which fails now and
     * then ("Output closed") and leaves Drone unable to start the next browser. A spare blank tab means close() never
     * closes the last window; quit() then ends everything in order.
     */
    private void keepASpareWindow() {
        if (browser.getWindowHandles().size() < 2) {
            String current = browser.getWindowHandle();
            browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.switchTo().window(current);
        }
    }

    /**
     * Runs axe-core on the page as it is now (a dialog open, a panel unfolded), not only on the page the test ends
     * on: no serious or critical violation in this state either.
     */
    protected void assertAccessible(String state) {
        assertThat(PageChecks.accessibilityViolations(browser, app(), getClass().getSimpleName() + "-"
                + state.replaceAll("[^A-Za-z0-9]+", "-"))).as("serious or critical accessibility violations with %s",
                state).isEmpty();
    }

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
