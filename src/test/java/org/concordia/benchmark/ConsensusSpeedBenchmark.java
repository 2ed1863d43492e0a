package org.concordia.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordia.benchmark.BenchmarkFiles.reportTo;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.service.AgreementService;
import org.concordia.consensus.service.PassageStateService;
import org.concordia.consensus.service.DiscussionService;
import org.concordia.consensus.service.MonitoringService;
import org.concordia.devserver.KeycloakServer;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.BrowserlessLogin;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #5's dashboard target, measured, not asserted: a project of 100 documents with about 10,000 passages, each
 * document coded by the same 5 coders (about 55,000 codings, through the coding service) and submitted; then the
 * monitoring dashboard's parts timed inside the server and the page itself over HTTP as a supervisor. Figures in
 * {@code target/benchmarks/agreement-speed.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsensusSpeedBenchmark {

    private static final int DOCUMENTS = 100;
    private static final int WORDS_PER_DOCUMENT = 5_700;
    private static final int CODERS = 5;
    private static final String TENANT = "seminar";
    private static final String SUPERVISOR = "sam";
    private static final String FILE = "agreement-speed.txt";
    private static final String STATE = "consensus-speed";

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaWithTestRunner().addClasses(SyntheticReport.class, Timings.class,
                BenchmarkFiles.class);
    }

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject
    AgreementService agreement;

    @Inject

    PassageStateService passageStates;


    @Inject

    DiscussionService discussions;

    @Inject
    MonitoringService monitoring;

    @Inject
    ProjectService projects;

    @Inject
    TenantDirectory directory;

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void seedAProjectOf10000PassagesCodedBy5Coders() throws Exception {
        if (alreadySeeded()) {
            reportTo(FILE, "Project seeded by an earlier run reused (delete %s.properties to seed anew)", STATE);
            return;
        }
        List<String> coders = new ArrayList<>();
        for (int i = 1; i <= CODERS; i++) {
            coders.add(String.format(Locale.ROOT, "consensus-coder-%d", i));
        }
        ExecutionContext.runAs(UserIdentity.system(), null,
                () -> coders.forEach(c -> directory.enrol(TENANT, c, TenantRole.CODER)));
        long project = as(SUPERVISOR, TENANT, () -> projects.createProject(People.unique("Consensus benchmark"),
                "Dashboard speed benchmark")).id();
        as(SUPERVISOR, TENANT, () -> codebooks.startFromStarterCodebook(project));
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            String text = SyntheticReport.ofWords(WORDS_PER_DOCUMENT, 1000 + d);
            int n = d;
            ids.add(as(SUPERVISOR, TENANT, () -> importer.importPasted(project, "Report " + n, text,
                    SourceType.THINK_TANK_REPORT)).documentId());
        }
        as(SUPERVISOR, TENANT, () -> assignments.assignBalanced(project, CODERS, coders, null));
        List<ClaimTypeView> types = as(SUPERVISOR, TENANT, () -> codebooks.view(project)).claimTypes().stream()
                .filter(t -> t.draft().codable()).toList();
        Random random = new Random(11);
        int passages = 0;
        int coded = 0;
        for (long document : ids) {
            for (PassageView passage : as(SUPERVISOR, TENANT, () -> documents.passages(document))) {
                if (passage.excluded()) {
                    continue;
                }
                passages++;
                ClaimTypeView truth = types.get(random.nextInt(types.size()));
                for (String coder : coders) {
                    ClaimTypeView type = random.nextDouble() < 0.8 ? truth : types.get(random.nextInt(types.size()));
                    int length = passage.end() - passage.start();
                    int from = passage.start() + random.nextInt(Math.max(1, length / 4));
                    int to = Math.min(passage.end(), from + Math.max(1, length / 2 + random.nextInt(9) - 4));
                    as(coder, TENANT, () -> codings.code(document, passage.id(), type.id(), from, to));
                    coded++;
                }
            }
        }
        for (String coder : coders) {
            as(coder, TENANT, () -> {
                assignments.myAssignments().forEach(a -> assignments.submit(a.id()));
                return null;
            });
        }
        Properties state = new Properties();
        state.setProperty("project", Long.toString(project));
        BenchmarkFiles.saveState(STATE, state);
        reportTo(FILE, "Project: %d documents, %d passages, %d coders each, %d codings; seeded in %.0f s", DOCUMENTS,
                passages, CODERS, coded, (System.nanoTime() - started) / 1e9);
    }

    /** Whether an earlier run's project is still in this database (the tests' database survives without clean). */
    private boolean alreadySeeded() {
        try {
            long project = Long.parseLong(BenchmarkFiles.state(STATE).getProperty("project"));
            return as(SUPERVISOR, TENANT, () -> projects.listProjects()).stream().anyMatch(p -> p.id() == project);
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    @Order(2)
    void timeTheDashboardInsideTheServer() throws Exception {
        long project = Long.parseLong(BenchmarkFiles.state(STATE).getProperty("project"));
        long document = as(SUPERVISOR, TENANT, () -> documents.listDocuments(project)).get(0).id();
        long passage = as(SUPERVISOR, TENANT, () -> documents.passages(document)).get(1).id();
        Timings fullCold = new Timings();
        Timings fullWarm = new Timings();
        Timings dashboardCold = new Timings();
        Timings dashboardWarm = new Timings();
        Timings states = new Timings();
        Timings progress = new Timings();
        for (int run = 0; run < 8; run++) {
            // a comment changes the project's data: every figure is computed afresh (cold), then served again (warm)
            String comment = "Benchmark comment " + run;
            as(SUPERVISOR, TENANT, () -> {
                discussions.comment(document, passage, comment);
                return null;
            });
            long t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> monitoring.dashboard(project));
            if (run >= 3) {
                dashboardCold.record(t);
            }
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> monitoring.dashboard(project));
            if (run >= 3) {
                dashboardWarm.record(t);
            }
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> agreement.report(project, "krippendorff-alpha-nominal"));
            if (run >= 3) {
                fullCold.record(t);
            }
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> agreement.report(project, "krippendorff-alpha-nominal"));
            if (run >= 3) {
                fullWarm.record(t);
            }
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> passageStates.states(project));
            if (run >= 3) {
                states.record(t);
            }
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> assignments.projectAssignments(project));
            if (run >= 3) {
                progress.record(t);
            }
        }
        reportTo(FILE, "Dashboard figures (progress, consensus states, alpha overall, per claim type, coder pair and"
                + " codebook version with 500-resample intervals, confusion), in the server, first look after a change"
                + " (cold): %s", dashboardCold.summary());
        reportTo(FILE, "The same, looked at again with the data unchanged (warm, fingerprint queries only): %s",
                dashboardWarm.summary());
        reportTo(FILE, "Agreement page's full report (adds per document, unitizing alpha overall and per claim type,"
                + " attributes), cold: %s; warm: %s", fullCold.summary(), fullWarm.summary());
        reportTo(FILE, "Of which: consensus states of every passage: %s; progress of every assignment: %s",
                states.summary(), progress.summary());
    }

    @Test
    @Order(3)
    @RunAsClient
    void renderTheMonitoringDashboard() throws Exception {
        KeycloakServer keycloak = KeycloakServer.isAnswering() ? null : KeycloakServer.fromSystemProperties().start();
        try {
            String page = "monitor.xhtml?project=" + BenchmarkFiles.state(STATE).getProperty("project");
            BrowserlessLogin supervisor = BrowserlessLogin.as(deploymentUrl, SUPERVISOR, "concordia");
            Timings renders = new Timings();
            for (int i = 0; i < 8; i++) {
                long t = System.nanoTime();
                HttpResponse<String> response = supervisor.get(page);
                if (i >= 3) {
                    renders.record(t);
                }
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("Confusion between claim types").doesNotContain("NaN");
            }
            reportTo(FILE, "Monitoring dashboard page, HTTP GET on localhost as a supervisor, data unchanged since the"
                    + " last look, after 3 warm-up requests: %s", renders.summary());
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }
}
