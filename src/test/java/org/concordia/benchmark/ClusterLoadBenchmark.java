package org.concordia.benchmark;

import static org.concordia.benchmark.BenchmarkFiles.reportTo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordia.devserver.Cluster;
import org.concordia.devserver.KeycloakServer;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.RealKeycloak;
import org.concordia.testsupport.ReportZips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Simulated coders against one node and against two (README, "Cluster"), on PostgreSQL: each coder saves a coding
 * every {@code benchmark.saveSeconds} seconds on average (5) and opens a document every minute, at random moments
 * (Poisson arrivals), through the balancer and the REST API. Reports the save and page latencies (median, p95),
 * errors and each node's resident memory to {@code target/benchmarks/cluster-load.txt}. The load generator, the
 * nodes, HAProxy, Keycloak and PostgreSQL share this machine, so the figures are a floor, not a ceiling.
 *
 * <pre>./mvnw verify -Pbenchmark -Dit.test=ClusterLoadBenchmark -Dbenchmark.coders=1000 (POSTGRESQL_URL set)</pre>
 */
@ExtendWith(RealKeycloak.class)
class ClusterLoadBenchmark {

    private static final int CODERS = Integer.getInteger("benchmark.coders", 1000);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);
    private static final double SAVE_SECONDS = Double.parseDouble(System.getProperty("benchmark.saveSeconds", "5"));
    private static final int WARM_UP_SECONDS = 15;
    private static final List<String> ACCOUNTS = List.of("dan", "layla", "ben");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void codersAgainstOneNodeAndAgainstTwo() throws Exception {
        if (System.getenv("POSTGRESQL_URL") == null) {
            throw new IllegalStateException("The cluster benchmark needs PostgreSQL: set POSTGRESQL_URL (README).");
        }
        Map<String, String> environment = new HashMap<>();
        for (String name : List.of("POSTGRESQL_URL", "POSTGRESQL_USER", "POSTGRESQL_PASSWORD")) {
            if (System.getenv(name) != null) {
                environment.put(name, System.getenv(name));
            }
        }
        environment.put("CONCORDIA_DEMO", "true");
        Path jbossHome = Path.of(KeycloakServer.required("jboss.home"));
        Path war = Path.of(KeycloakServer.required("concordia.war"));
        reportTo("cluster-load.txt", "%d simulated coders for %d s (after %d s of warm-up), a save every %.0f s and"
                + " a document opened every 60 s each, on average", CODERS, SECONDS, WARM_UP_SECONDS, SAVE_SECONDS);
        Study study = null;
        for (int nodes = 1; nodes <= 2; nodes++) {
            try (Cluster cluster = new Cluster(jbossHome, war, jbossHome.resolveSibling("cluster-benchmark"), 8380,
                    environment).start(nodes)) {
                if (study == null) {
                    study = Study.make(cluster.url());
                }
                Load load = new Load(cluster.url(), study);
                load.run();
                StringBuilder memory = new StringBuilder();
                for (String node : cluster.nodeNames()) {
                    memory.append(String.format(" %s %.0f MB", node, cluster.residentBytesOf(node) / 1e6));
                }
                reportTo("cluster-load.txt", "%d node(s): saves %s; document opens %s; errors %d of %d (%s);"
                                + " resident memory%s", nodes, load.saves.summary(), load.opens.summary(),
                        load.errors.get(), load.saves.count() + load.opens.count() + load.errors.get(),
                        load.errorKinds, memory);
            }
        }
    }

    /** A project of the research team: 50 documents given to three coders, one claim type with no attribute. */
    private record Study(String base, long claimType, List<long[]> passages) {

        static Study make(String app) throws Exception {
            ApiClient rhea = ApiClient.as(new URL(app), "rhea");
            JsonNode project = ApiClient.json(rhea.postJson("tenants/research/projects",
                    Map.of("name", "Cluster load " + UUID.randomUUID())));
            String base = "tenants/research/projects/" + project.get("id").asLong();
            rhea.upload(base + "/documents", "reports.zip", ReportZips.of(50));
            long claimType = ApiClient.json(rhea.postJson(base + "/codebook/claim-types", Map.of("name", "Claim",
                    "definition", "Any claim", "colour", "#225588", "hotkey", "c", "attributes", List.of())))
                    .get("id").asLong();
            List<Long> documents = new ArrayList<>();
            for (JsonNode document : ApiClient.json(rhea.get(base + "/documents"))) {
                documents.add(document.get("id").asLong());
            }
            rhea.postJson(base + "/assignments", Map.of("documentIds", documents, "coders", ACCOUNTS));
            List<long[]> passages = new ArrayList<>();
            for (long document : documents) {
                for (JsonNode passage : ApiClient.json(rhea.get(base + "/documents/" + document)).get("passages")) {
                    passages.add(new long[] {document, passage.get("id").asLong(), passage.get("start").asLong(),
                            passage.get("end").asLong()});
                }
            }
            return new Study(base, claimType, passages);
        }
    }

    /** The simulated coders: each event scheduled at a random moment, its answer timed when it comes. */
    private static final class Load {

        final Timings saves = new Timings();
        final Timings opens = new Timings();
        final AtomicInteger errors = new AtomicInteger();
        final Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        private final String app;
        private final Study study;
        private final Map<String, String> tokens = new HashMap<>();
        private final Random random = new Random(42);
        private volatile long measureFrom;
        private volatile long stopAt;

        Load(String app, Study study) throws Exception {
            this.app = app;
            this.study = study;
            for (String account : ACCOUNTS) {
                tokens.put(account, ApiClient.tokenOf(account, "concordia"));
            }
        }

        void run() throws InterruptedException {
            ScheduledExecutorService clock = new ScheduledThreadPoolExecutor(4);
            long start = System.nanoTime();
            measureFrom = start + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
            stopAt = measureFrom + TimeUnit.SECONDS.toNanos(SECONDS);
            for (int coder = 0; coder < CODERS; coder++) {
                String account = ACCOUNTS.get(coder % ACCOUNTS.size());
                schedule(clock, account, true);
                schedule(clock, account, false);
            }
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(stopAt - start) + 5_000);
            clock.shutdownNow();
        }

        private void schedule(ScheduledExecutorService clock, String account, boolean save) {
            double mean = save ? SAVE_SECONDS : 60;
            long delay;
            synchronized (random) {
                delay = (long) (-Math.log(1 - random.nextDouble()) * mean * 1e6);
            }
            clock.schedule(() -> {
                if (System.nanoTime() < stopAt) {
                    send(account, save);
                    schedule(clock, account, save);
                }
            }, delay, TimeUnit.MICROSECONDS);
        }

        private void send(String account, boolean save) {
            long[] passage;
            int from;
            synchronized (random) {
                passage = study.passages().get(random.nextInt(study.passages().size()));
                from = (int) passage[2] + random.nextInt((int) Math.max(1, passage[3] - passage[2] - 20));
            }
            HttpRequest.Builder request = HttpRequest.newBuilder()
                    .header("Authorization", "Bearer " + tokens.get(account))
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30));
            if (save) {
                String body = String.format("{\"documentId\":%d,\"passageId\":%d,\"claimTypeId\":%d,\"start\":%d,"
                        + "\"end\":%d}", passage[0], passage[1], study.claimType(), from, from + 12);
                request.uri(URI.create(app + "api/" + study.base() + "/codings"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.uri(URI.create(app + "api/" + study.base() + "/documents/" + passage[0])).GET();
            }
            long started = System.nanoTime();
            HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) -> {
                if (started < measureFrom) {
                    return;
                }
                int status = answer == null ? -1 : answer.statusCode();
                if (status / 100 == 2) {
                    (save ? saves : opens).record(started);
                } else {
                    errors.incrementAndGet();
                    errorKinds.merge(failure != null ? failure.getClass().getSimpleName() : "HTTP " + status, 1,
                            Integer::sum);
                }
            });
        }
    }
}
