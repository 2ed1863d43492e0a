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
    void aWrongPasswordIsToldThatRepeatedFailuresLockTheAccount() throws Exception {
        HttpResponse<String> failed = BrowserlessLogin.openBookmarkLoggedOut(deploymentUrl, "dashboard.xhtml", "olga",
                "not her password");

        assertThat(failed.uri().getPort()).as("still on Keycloak's login page").isEqualTo(8180);
        assertThat(failed.body()).contains("Invalid username or password")
                .contains("After 5 failed attempts in a row the account is locked");
        assertThat(BrowserlessLogin.as(deploymentUrl, "olga", "concordia").get("dashboard.xhtml").statusCode())
                .as("her right password still works (and resets the count)").isEqualTo(403);
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
    void pagesCarryTheBrowserProtections() throws Exception {
        BrowserlessLogin ada = BrowserlessLogin.as(deploymentUrl, "ada", "concordia");

        HttpResponse<String> dashboard = ada.get("dashboard.xhtml");

        assertThat(dashboard.headers().allValues("Content-Security-Policy"))
                .as("PrimeFaces' nonce-based script policy and the platform's framing policy")
                .anySatisfy(policy -> assertThat(policy).contains("script-src 'self' 'nonce-"))
                .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        assertThat(dashboard.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(dashboard.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(dashboard.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(dashboard.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(dashboard.body()).as("no inline event handlers that the policy would block")
                .doesNotContain("onclick=\"PrimeFaces");
    }

    @Test
    void aFormPostThatDidNotComeFromTheRenderedPageIsRefusedWith403NotAnError() throws Exception {
        BrowserlessLogin sam = BrowserlessLogin.as(deploymentUrl, "sam", "concordia");
        String dashboard = sam.get("dashboard.xhtml").body();
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(dashboard);
        assertThat(viewState.find()).as("the dashboard has a form").isTrue();

        // What a page elsewhere could send with a view state it learnt: no PrimeFaces nonce of this page.
        HttpResponse<String> forged = sam.post("dashboard.xhtml", java.util.Map.of("project-form", "project-form",
                "project-form:name", "Forged project", "jakarta.faces.ViewState", viewState.group(1)));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("not sent from the page Concordia showed you")
                .doesNotContain("incident", "Exception");
        assertThat(sam.get("dashboard.xhtml").body()).doesNotContain("Forged project");
    }

    @Test
    void aSessionIdPlantedBeforeLoginIsNotTheSessionAfterIt() throws Exception {
        String planted = "attacker-chosen-session-id";

        BrowserlessLogin ada = BrowserlessLogin.asAfterPlantingSession(deploymentUrl, "ada", "concordia", planted);
        assertThat(ada.get("dashboard.xhtml").body()).as("the victim is logged in").contains(SEMINAR_PROJECT);

        HttpResponse<String> attacker = BrowserlessLogin.getWithOnlySessionCookie(deploymentUrl, "dashboard.xhtml",
                planted);

        assertThat(attacker.statusCode()).as("the planted session id is not logged in: off to Keycloak")
                .isEqualTo(302);
        assertThat(attacker.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("http://localhost:8180/realms/concordia/"));
        assertThat(attacker.body()).doesNotContain(SEMINAR_PROJECT);
    }

    @Test
    void aBookmarkedDocumentOpensAfterTheLoginItNeeded() throws Exception {
        BrowserlessLogin ada = BrowserlessLogin.as(deploymentUrl, "ada", "concordia");
        String documents = firstLink(ada.get("dashboard.xhtml").body(), "/go/documents/");
        String document = firstLink(ada.get(documents).body(), "/go/document/");

        HttpResponse<String> opened = BrowserlessLogin.openBookmarkLoggedOut(deploymentUrl, document, "ada",
                "concordia");

        assertThat(opened.statusCode()).as("%s after logging in", document).isEqualTo(200);
        assertThat(opened.uri().getPath()).as("the address keeps the document").endsWith(document);
        assertThat(opened.body()).contains("document-title").contains("Code this document");
    }

    /** The first link in {@code html} starting with {@code prefix} below the application, relative to it. */
    private static String firstLink(String html, String prefix) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"/concordia(" + prefix + "\\d+)\"")
                .matcher(html);
        assertThat(link.find()).as("a link %s... in the page", prefix).isTrue();
        return link.group(1).substring(1);
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
