package org.concordia.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordia.benchmark.BenchmarkFiles.reportTo;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
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
 * Ten times longer documents (issue #16): a 500,000-word document with 20,000 codings beside a 50,000-word one
 * with 2,000, both opened on the coding screen by a supervisor (who sees every coding), server time over HTTP.
 * {@link LongDocumentInBrowserBenchmark} then opens both in Chromium. Figures in
 * {@code target/benchmarks/long-document.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LongDocumentBenchmark {

    static final String FILE = "long-document.txt";
    private static final String TENANT = "seminar";
    private static final String SUPERVISOR = "sam";
    private static final int CODERS = 20;
    private static final int RENDERS = 30;

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
    void seedDocumentsOf50000And500000Words() throws IOException {
        ExecutionContext.runAs(UserIdentity.system(), null, () -> {
            for (int i = 1; i <= CODERS; i++) {
                directory.enrol(TENANT, coder(i), TenantRole.CODER);
            }
        });
        long project = as(SUPERVISOR, TENANT, () -> projects.createProject(People.unique("Long documents"),
                "Long-document benchmark")).id();
        as(SUPERVISOR, TENANT, () -> codebooks.startFromStarterCodebook(project));
        List<ClaimTypeView> types = as(SUPERVISOR, TENANT, () -> codebooks.view(project)).claimTypes().stream()
                .filter(t -> t.draft().codable()).toList();
        Properties state = new Properties();
        for (int words : new int[] {50_000, 500_000}) {
            long t = System.nanoTime();
            long document = as(SUPERVISOR, TENANT, () -> importer.importPasted(project, "Report of " + words
                    + " words", SyntheticReport.ofWords(words, words), SourceType.THINK_TANK_REPORT)).documentId();
            double imported = (System.nanoTime() - t) / 1e9;
            List<PassageView> passages = as(SUPERVISOR, TENANT, () -> documents.passages(document)).stream()
                    .filter(p -> !p.excluded() && p.end() - p.start() > 30).toList();
            int count = words / 25;
            Random random = new Random(words);
            t = System.nanoTime();
            for (int i = 0; i < count; i++) {
                PassageView passage = passages.get(random.nextInt(passages.size()));
                int from = passage.start() + random.nextInt(Math.max(1, passage.end() - passage.start() - 20));
                int to = Math.min(passage.end(), from + 10 + random.nextInt(60));
                ClaimTypeView type = types.get(random.nextInt(types.size()));
                as(coder(1 + i % CODERS), TENANT, () -> codings.code(document, passage.id(), type.id(), from, to));
            }
            reportTo(FILE, "%,d words: %,d passages, imported in %.1f s; %,d codings by %d coders seeded in %.1f s",
                    words, passages.size(), imported, count, CODERS, (System.nanoTime() - t) / 1e9);
            state.setProperty("document." + words, Long.toString(document));
            state.setProperty("codings." + words, Integer.toString(count));
        }
        BenchmarkFiles.saveState("long-document", state);
    }

    @Test
    @Order(2)
    @RunAsClient
    void openTheCodingScreenOfEach() throws Exception {
        KeycloakServer keycloak = KeycloakServer.isAnswering() ? null : KeycloakServer.fromSystemProperties().start();
        try {
            Properties state = BenchmarkFiles.state("long-document");
            BrowserlessLogin supervisor = BrowserlessLogin.as(deploymentUrl, SUPERVISOR, "concordia");
            for (int words : new int[] {50_000, 500_000}) {
                String page = "code.xhtml?document=" + state.getProperty("document." + words);
                Timings renders = new Timings();
                int bytes = 0;
                for (int i = 0; i < RENDERS + 5; i++) {
                    long t = System.nanoTime();
                    HttpResponse<String> response = supervisor.get(page);
                    if (i >= 5) {
                        renders.record(t);
                    }
                    assertThat(response.statusCode()).isEqualTo(200);
                    bytes = response.body().length();
                }
                reportTo(FILE, "%,d words, %s codings: coding screen first response (HTTP GET on localhost, after 5"
                        + " warm-up requests) %s; page %,d kB", words, state.getProperty("codings." + words),
                        renders.summary(), bytes / 1024);
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    private static String coder(int i) {
        return String.format(Locale.ROOT, "long-coder-%02d", i);
    }
}
