package org.concordia.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordia.benchmark.BenchmarkFiles.codingState;
import static org.concordia.benchmark.BenchmarkFiles.report;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.CodingService;
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
 * The coding screen's speed targets (issue #4), measured, not asserted: a 50,000-word document with 2,000 codings
 * rendered for a supervisor (who sees every coding) over HTTP, and codings saved by 100 coders at once through
 * the service, transaction and database included. Run with {@code ./mvnw verify -Pbenchmark}; the figures go to
 * the console and to {@code target/benchmarks/coding-speed.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CodingSpeedBenchmark {

    private static final int WORDS = 50_000;
    private static final int CODINGS = 2_000;
    private static final int CODERS = 100;
    private static final int SAVES_PER_CODER = 20;
    private static final int RENDERS = 60;
    private static final String TENANT = "seminar";
    private static final String SUPERVISOR = "sam";

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
    ProjectService projects;

    @Inject
    TenantDirectory directory;

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void seedADocumentOf50000WordsWith2000Codings() throws IOException {
        ExecutionContext.runAs(UserIdentity.system(), null, () -> {
            for (int i = 1; i <= CODERS; i++) {
                directory.enrol(TENANT, coder(i), TenantRole.CODER);
            }
        });
        long project = as(SUPERVISOR, TENANT, () -> projects.createProject(People.unique("Benchmark"),
                "Coding speed benchmark")).id();
        as(SUPERVISOR, TENANT, () -> codebooks.startFromStarterCodebook(project));
        String text = SyntheticReport.ofWords(WORDS, 42);
        long document = as(SUPERVISOR, TENANT, () -> importer.importPasted(project, "Benchmark report", text,
                SourceType.THINK_TANK_REPORT)).documentId();
        List<PassageView> passages = codable(document);
        List<ClaimTypeView> types = codableTypes(project);

        Random random = new Random(7);
        long started = System.nanoTime();
        for (int i = 0; i < CODINGS; i++) {
            codeOnce(document, passages, types, coder(1 + i % CODERS), random);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        Properties state = new Properties();
        state.setProperty("document", Long.toString(document));
        state.setProperty("project", Long.toString(project));
        BenchmarkFiles.saveCodingState(state);
        report("Document: %d words in %d passages, %d claim types; %d codings by %d coders seeded in %.1f s",
                text.split("\\s+").length, passages.size(), types.size(), CODINGS, CODERS, seconds);
        assertThat(as(SUPERVISOR, TENANT, () -> codings.codingsOf(document))).hasSize(CODINGS);
    }

    @Test
    @Order(3)
    void saveCodingsWith100CodersAtOnce() throws Exception {
        long document = Long.parseLong(codingState().getProperty("document"));
        List<PassageView> passages = codable(document);
        List<ClaimTypeView> types = codableTypes(Long.parseLong(codingState().getProperty("project")));

        Timings alone = new Timings();
        Random random = new Random(1);
        for (int n = 0; n < 200; n++) {
            long t = System.nanoTime();
            codeOnce(document, passages, types, coder(1), random);
            alone.record(t);
        }
        report("Save a coding, one coder alone (service call with its transaction and audit row): %s",
                alone.summary());
        // Each coder's first save, not measured: the connection pool grows to the load here.

        saveConcurrently(document, passages, types, 0, 1);
        for (int pace : new int[] {5_000, 1_000}) {
            Timings paced = saveConcurrently(document, passages, types, pace, 5_000 / pace * 10);
            report("Save a coding, %d coders at once, each saving every %d ms on average (a quick human codes every"
                    + " 5-10 s): %s", CODERS, pace, paced.summary());
        }

        long began = System.nanoTime();
        Timings flat = saveConcurrently(document, passages, types, 0, SAVES_PER_CODER);
        report("Save a coding, %d coders at once saving without pause (capacity): %s; %.0f saves/s", CODERS,
                flat.summary(), flat.count() / ((System.nanoTime() - began) / 1e9));
    }

    /** {@link #CODERS} threads, each saving codings with random pauses of the given mean (exponential). */
    private Timings saveConcurrently(long document, List<PassageView> passages, List<ClaimTypeView> types,
            int meanPauseMillis, int savesPerCoder) throws Exception {
        Timings saves = new Timings();
        ExecutorService pool = Executors.newFixedThreadPool(CODERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> coders = new ArrayList<>();
        // Seeds drawn from one generator: Randoms seeded 1, 2, 3... start with nearly equal numbers, which made
        // every simulated coder pause equally long and then save at the same instant.
        Random seeds = new Random(meanPauseMillis);
        for (int i = 1; i <= CODERS; i++) {
            String coder = coder(i);
            Random random = new Random(seeds.nextLong());
            coders.add(pool.submit(() -> {
                start.await();
                for (int n = 0; n < savesPerCoder; n++) {
                    if (meanPauseMillis > 0) {
                        Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * meanPauseMillis));
                    }
                    long t = System.nanoTime();
                    codeOnce(document, passages, types, coder, random);
                    saves.record(t);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> coder : coders) {
            coder.get();
        }
        pool.shutdown();
        return saves;
    }

    @Test
    @Order(2)
    @RunAsClient
    void renderTheCodingScreen() throws Exception {
        KeycloakServer keycloak = KeycloakServer.isAnswering() ? null : KeycloakServer.fromSystemProperties().start();
        try {
            String page = "code.xhtml?document=" + codingState().getProperty("document");
            BrowserlessLogin supervisor = BrowserlessLogin.as(deploymentUrl, SUPERVISOR, "concordia");
            Timings renders = new Timings();
            int bytes = 0;
            for (int i = 0; i < RENDERS + 10; i++) {
                long t = System.nanoTime();
                HttpResponse<String> response = supervisor.get(page);
                if (i >= 10) {
                    renders.record(t);
                }
                assertThat(response.statusCode()).isEqualTo(200);
                bytes = response.body().length();
                if (i == 0) {
                    Files.writeString(BenchmarkFiles.folder().resolve("coding-screen.html"), response.body());
                }
            }
            report("Render the coding screen for a supervisor (all %d codings), HTTP GET on localhost after 10"
                    + " warm-up requests: %s; page %d kB", CODINGS, renders.summary(), bytes / 1024);
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    private void codeOnce(long document, List<PassageView> passages, List<ClaimTypeView> types, String coder,
            Random random) {
        PassageView passage = passages.get(random.nextInt(passages.size()));
        int length = passage.end() - passage.start();
        int from = passage.start() + random.nextInt(Math.max(1, length - 20));
        int to = Math.min(passage.end(), from + 10 + random.nextInt(60));
        ClaimTypeView type = types.get(random.nextInt(types.size()));
        as(coder, TENANT, () -> codings.code(document, passage.id(), type.id(), from, to));
    }

    private List<PassageView> codable(long document) {
        return as(SUPERVISOR, TENANT, () -> documents.passages(document)).stream()
                .filter(p -> !p.excluded() && p.end() - p.start() > 30).toList();
    }

    private List<ClaimTypeView> codableTypes(long project) {
        return as(SUPERVISOR, TENANT, () -> codebooks.view(project)).claimTypes().stream()
                .filter(t -> t.draft().codable()).toList();
    }

    private static String coder(int i) {
        return String.format(Locale.ROOT, "bench-coder-%03d", i);
    }
}
