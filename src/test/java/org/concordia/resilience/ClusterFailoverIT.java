package org.concordia.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.concordia.devserver.Cluster;
import org.concordia.devserver.KeycloakServer;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.PageChecks;
import org.concordia.testsupport.RealKeycloak;
import org.concordia.testsupport.pages.CodingPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.KeycloakLoginPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A two-node cluster (README, "Cluster") on the suite's PostgreSQL database, behind HAProxy, and one of its nodes
 * killed with SIGKILL while a coder codes in the browser and an export is being written on it: her next request
 * lands on the other node with her session and her page as they were, the coding saved before the kill is there and
 * the next one saves, the export is finished by a node that lives and downloads through the balancer, and a coding
 * saved on one node changes the figures a supervisor sees through the other. What happened is written to
 * {@code target/cluster-failover.txt}.
 *
 * <p>The cluster's nodes share their database, which on a developer's machine is each server's own H2 file: the
 * test runs where the suite runs on PostgreSQL, as in CI ({@code .ci/run}).
 */
@ExtendWith(RealKeycloak.class)
@EnabledIfEnvironmentVariable(named = "POSTGRESQL_URL", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    /** The balancer's port; Keycloak's realm lets logins come back to it. */
    private static final int BALANCER = 8380;
    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";
    private static final String DOCUMENT = "Iran backs Kadhimi as Iraq's new prime minister";
    private static final String BEFORE_THE_KILL = "The Iranians wanted a government before the summer";
    private static final String AFTER_THE_KILL = "Parliament approved the cabinet";

    private static Cluster cluster;
    private static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void startATwoNodeCluster() throws Exception {
        Path jbossHome = Path.of(KeycloakServer.required("jboss.home"));
        Map<String, String> environment = new java.util.HashMap<>();
        for (String name : List.of("POSTGRESQL_URL", "POSTGRESQL_USER", "POSTGRESQL_PASSWORD")) {
            if (System.getenv(name) != null) {
                environment.put(name, System.getenv(name));
            }
        }
        environment.put("CONCORDIA_DEMO", "true");
        long started = System.nanoTime();
        cluster = new Cluster(jbossHome, Path.of(KeycloakServer.required("concordia.war")),
                jbossHome.resolveSibling("cluster-test"), BALANCER, environment).start(2);
        REPORT.add(String.format("two nodes and the balancer answered after %.0f s",
                (System.nanoTime() - started) / 1e9));
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        Files.write(Path.of(KeycloakServer.required("jboss.home")).resolveSibling("cluster-failover.txt"), REPORT);
    }

    @Test
    @Order(2)
    @DisplayName("A node dies under a coder and an export: her session, her page and her codings go on on the other"
            + " node, the export is finished there and downloads through the balancer")
    void aNodeDiesUnderACoderAndAnExport() throws Exception {
        ApiClient rhea = ApiClient.as(new URL(Cluster.urlOf("node1")), "rhea");
        String exports = bigProjectExports(rhea);
        WebDriver browser = chromium();
        PageChecks checks = PageChecks.watch(browser, URI.create(cluster.url()));
        try {
            CodingPage coding = logInOnNode1AndOpenTheDocument(browser, "ada");
            int before = coding.codingCount();
            coding.select(BEFORE_THE_KILL).press("s");

            HttpResponse<String> export = rhea.postJson(exports, Map.of("format", "jsonl"));
            assertThat(export.statusCode()).as(export.body()).isEqualTo(202);
            long job = ApiClient.json(export).get("id").asLong();
            cluster.kill("node1");
            ApiClient rheaThroughTheBalancer = ApiClient.as(new URL(cluster.url()), "rhea");
            String stateAtTheKill = ApiClient.json(rheaThroughTheBalancer.get(exports + "/" + job)).get("state")
                    .asText();

            long killed = System.nanoTime();
            coding.select(AFTER_THE_KILL).press("o");
            REPORT.add(String.format("node1 killed: the coder's next coding was saved %.1f s later, by %s",
                    (System.nanoTime() - killed) / 1e9, nodeOf(browser)));
            assertThat(nodeOf(browser)).as("her requests now go to the node that lives").isEqualTo("node2");
            assertThat(coding.codingCount()).as("both codings, the one before the kill and the one after")
                    .isEqualTo(before + 2);
            browser.navigate().refresh();
            CodingPage reloaded = new CodingPage(browser);
            assertThat(reloaded.highlights()).as("still logged in, both codings stored")
                    .anyMatch(h -> h.startsWith(BEFORE_THE_KILL + " = ") && h.contains("Support"))
                    .anyMatch(h -> h.startsWith(AFTER_THE_KILL + " = "));
            assertThat(checks.scriptProblems()).as("script errors in the browser").isEmpty();
            assertThat(PageChecks.accessibilityViolations(browser, URI.create(cluster.url()), "ClusterFailoverIT"))
                    .isEmpty();

            JsonNode done = awaitExport(rheaThroughTheBalancer, exports + "/" + job);
            REPORT.add("export: " + stateAtTheKill + " when node1 was killed, then " + done.get("state").asText()
                    + " (" + Math.round(done.get("rowsDone").asDouble()) + " rows)");
            assertThat(done.get("state").asText()).as("finished by a node that lives").isEqualTo("DONE");
            String lines = new String(rheaThroughTheBalancer.download(exports + "/" + job + "/file").body(),
                    StandardCharsets.UTF_8);
            long again = ApiClient.json(rheaThroughTheBalancer.postJson(exports, Map.of("format", "jsonl")))
                    .get("id").asLong();
            awaitExport(rheaThroughTheBalancer, exports + "/" + again);
            assertThat(lines.lines().count()).as("a line per passage of the 300 documents").isGreaterThan(300);
            assertThat(lines).as("the same file as an export that never lost its node").isEqualTo(new String(rheaThroughTheBalancer.download(exports + "/" + again + "/file").body(),
                            StandardCharsets.UTF_8));
        } finally {
            checks.close();
            browser.quit();
        }
    }

    @Test
    @Order(1)
    @DisplayName("A coding saved on one node changes the agreement a supervisor sees through another")
    void aCodingOnOneNodeChangesTheFiguresSeenThroughAnother() throws Exception {
        ApiClient sam = ApiClient.as(new URL(Cluster.urlOf("node1")), "sam");
        ApiClient ada = ApiClient.as(new URL(Cluster.urlOf("node2")), "ada");
        long project = sam.projectNamed("seminar", PROJECT);
        String base = "tenants/seminar/projects/" + project;
        String agreement = base + "/agreement?measure=krippendorff-alpha-nominal";
        JsonNode before = awaitComplete(sam, agreement);

        JsonNode document = null;
        for (JsonNode candidate : ApiClient.json(ada.get(base + "/documents"))) {
            if (candidate.at("/metadata/title").asText().equals(DOCUMENT)) {
                document = ApiClient.json(ada.get(base + "/documents/" + candidate.get("id").asLong()));
            }
        }
        assertThat(document).as(DOCUMENT).isNotNull();
        JsonNode passage = document.get("passages").get(document.get("passages").size() - 1);
        JsonNode opposition = null;
        for (JsonNode type : ApiClient.json(ada.get(base + "/codebook")).get("claimTypes")) {
            if (type.get("name").asText().equals("Opposition")) {
                opposition = type;
            }
        }
        assertThat(opposition).as("the starter codebook's Opposition").isNotNull();
        HttpResponse<String> coded = ada.postJson(base + "/codings", Map.of("documentId",
                document.at("/document/id").asLong(), "passageId", passage.get("id").asLong(), "claimTypeId",
                opposition.get("id").asLong(), "start", passage.get("start").asInt(), "end",
                passage.get("end").asInt(), "attributes", ApiClient.requiredAttributesOf(opposition)));
        assertThat(coded.statusCode()).as(coded.body()).isEqualTo(201);

        JsonNode after = awaitComplete(sam, agreement);
        assertThat(after).as("the agreement computed after ada's new coding, not the one computed before it")
                .isNotEqualTo(before);
    }

    private static String bigProjectExports(ApiClient rhea) throws Exception {
        HttpResponse<String> created = rhea.postJson("tenants/research/projects",
                Map.of("name", "Cluster failover " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String project = "tenants/research/projects/" + ApiClient.json(created).get("id").asLong();
        HttpResponse<String> uploaded = rhea.upload(project + "/documents", "reports.zip",
                org.concordia.testsupport.ReportZips.of(300));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return project + "/exports";
    }

    private CodingPage logInOnNode1AndOpenTheDocument(WebDriver browser, String username) {
        browser.get(cluster.url() + "health");
        browser.manage().addCookie(new Cookie(Cluster.NODE_COOKIE, "node1", "/"));
        browser.get(cluster.url() + "dashboard.xhtml");
        new KeycloakLoginPage(browser).logInAs(username, "concordia");
        assertThat(nodeOf(browser)).as("the balancer keeps her on node1").isEqualTo("node1");
        return CodingPage.fromDocument(DocumentsPage.openProject(browser, PROJECT).open(DOCUMENT).browser());
    }

    private static String nodeOf(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed(Cluster.NODE_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
        options.setCapability("webSocketUrl", true);
        return new ChromeDriver(options);
    }

    private static JsonNode awaitComplete(ApiClient client, String agreement) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            JsonNode report = ApiClient.json(client.get(agreement));
            if (report.path("intervalsPending").isNull() || report.path("intervalsPending").isMissingNode()) {
                return report;
            }
            assertThat(System.nanoTime()).as("the complete agreement within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static JsonNode awaitExport(ApiClient client, String job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            JsonNode state = ApiClient.json(client.get(job));
            if (!Set.of("QUEUED", "RUNNING").contains(state.get("state").asText())) {
                return state;
            }
            assertThat(System.nanoTime()).as("the export finished within 3 minutes").isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
