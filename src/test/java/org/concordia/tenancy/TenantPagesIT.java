package org.concordia.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.concordia.testsupport.BrowserlessLogin;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.RealKeycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant pages over HTTP, logged in through the real Keycloak as the demo users (DemoData): status codes and
 * content that a browser test cannot see.
 */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
@RunAsClient
class TenantPagesIT {

    private static final String SEMINAR_PROJECT = "Iraq 2020: who chose the prime minister?";
    private static final String RESEARCH_PROJECT = "Proxy networks and Iraqi premierships, 2018-2022";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void aLoggedInPersonWithoutMembershipGets403OnTenantPages() throws Exception {
        BrowserlessLogin olga = BrowserlessLogin.as(deploymentUrl, "olga", "concordia");

        HttpResponse<String> dashboard = olga.get("dashboard.xhtml");

        assertThat(dashboard.statusCode()).isEqualTo(403);
        assertThat(dashboard.body()).contains("not a member of any Concordia tenant")
                .doesNotContain(SEMINAR_PROJECT, RESEARCH_PROJECT);
    }

    @Test
    void aCoderSeesTheirTenantsProjectsAndNoneOfAnother() throws Exception {
        BrowserlessLogin ada = BrowserlessLogin.as(deploymentUrl, "ada", "concordia");

        HttpResponse<String> dashboard = ada.get("dashboard.xhtml");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Seminar on Gulf politics", SEMINAR_PROJECT)
                .doesNotContain(RESEARCH_PROJECT, "Gulf Accounts Research Team", "New project");
    }

    @Test
    void unknownPagesGetTheErrorPageWithoutInternals() throws Exception {
        BrowserlessLogin ada = BrowserlessLogin.as(deploymentUrl, "ada", "concordia");

        HttpResponse<String> missing = ada.get("no-such-page.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("This page does not exist")
                .doesNotContain("Exception", "at org.", "WildFly", "Undertow");
    }
}
