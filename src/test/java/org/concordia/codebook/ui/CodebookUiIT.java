package org.concordia.codebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import org.concordia.testsupport.Browsers;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.People;
import org.concordia.testsupport.RealKeycloak;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.Urls;
import org.concordia.testsupport.pages.CodebookPage;
import org.concordia.testsupport.pages.DashboardPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.KeycloakLoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.drone.api.annotation.Drone;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** The codebook page in the browser, on the demo seminar's project with the starter codebook. */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
@RunAsClient
class CodebookUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Drone
    WebDriver browser;

    @Test
    @DisplayName("A supervisor opens the project's codebook, finds the starter claim types and adds one of her own")
    void aSupervisorExtendsTheCodebook() {
        URI app = Urls.localhost(deploymentUrl);
        Browsers.logOutEverywhere(browser, app);
        browser.get(app.resolve("dashboard.xhtml").toString());
        new KeycloakLoginPage(browser).logInAs("sam", "concordia");
        new DashboardPage(browser);
        DocumentsPage.openProject(browser, "Iraq 2020: who chose the prime minister?");
        CodebookPage codebook = CodebookPage.fromProject(browser);

        assertThat(codebook.claimTypeNames()).contains("Factual event", "Attribution of stance", "Support",
                "Opposition");
        assertThat(codebook.hotkeys()).contains("e", "s", "o");

        String name = People.unique("Mediation");
        codebook.addClaimType(name, "A third party brokers between actors.", "m", "broker role",
                "convener, guarantor, messenger");

        assertThat(codebook.claimTypeNames()).contains(name);
        assertThat(codebook.changeLog().get(0)).contains("Added claim type", name, "sam");
        Screenshots.save(browser, "codebook");
    }
}
