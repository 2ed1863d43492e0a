package org.concordia.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.concordia.devserver.KeycloakServer;
import org.concordia.devserver.ServerProcess;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.RealKeycloak;
import org.concordia.testsupport.ReportZips;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A WildFly of its own (the build's server with a separate base folder, data folder and ports, and the same
 * database settings as the suite), killed with SIGKILL in the middle of work and started again, as a crash or a power
 * cut would: what was committed is whole, what was under way is gone without a trace or said to have failed.
 * Then the database is stopped under load (the line to it cut, see {@link DatabaseLine}) and started again: requests
 * are refused with 503 and a sentence while it is away, and all works again when it is back.
 * What happened is written to {@code target/crash-safety.txt}. It works in the research team's tenant (rhea is its
 * admin): on PostgreSQL the two servers share the database, and the seminar's pages are what the isolation sweep
 * crawls.
 */
@ExtendWith(RealKeycloak.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyIT {

    private static final int OFFSET = 200;
    private static final String APP = "http://localhost:" + (8080 + OFFSET) + "/concordia/";
    private static final int DOCUMENTS = 200;

    private static Path base;
    private static ServerProcess server;
    private static final List<String> REPORT = new ArrayList<>();
    private static DatabaseLine line;
    private static org.h2.tools.Server h2;

    @BeforeAll
    static void startAServerOfItsOwn() throws Exception {
        Path jbossHome = Path.of(KeycloakServer.required("jboss.home"));
        base = jbossHome.resolveSibling("crash-server");
        deleteRecursively(base);
        Files.createDirectories(base.resolve("deployments"));
        try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
            Path configuration = Files.createDirectories(base.resolve("configuration"));
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of(KeycloakServer.required("concordia.war")), base.resolve("deployments/concordia.war"),
                StandardCopyOption.REPLACE_EXISTING);
        start();
    }

    @AfterAll
    static void stopTheServer() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (line != null) {
            line.close();
        }
        if (h2 != null) {
            h2.stop();
        }
        Files.write(base.resolveSibling("crash-safety.txt"), REPORT);
    }

    @Test
    @Order(1)
    @DisplayName("Killed during a zip import of 200 documents: the documents stored are whole, the rest are absent")
    void killedDuringAZipImport() throws Exception {
        ApiClient rhea = ApiClient.as(new URL(APP), "rhea");
        long project = newProject(rhea, "Crash during import");
        String documents = "tenants/research/projects/" + project + "/documents";
        byte[] zip = ReportZips.of(DOCUMENTS);

        CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> {
            try {
                return rhea.upload(documents, "reports.zip", zip);
            } catch (Exception e) {
                return null;
            }
        });
        int seen = awaitDocuments(rhea, documents, 10);
        server.kill();
        REPORT.add("import: killed when " + seen + " documents of " + DOCUMENTS + " had been stored");
        HttpResponse<String> answer = upload.get();
        assertThat(answer == null || answer.statusCode() != 201).as("no answer from a killed server").isTrue();

        start();
        JsonNode stored = ApiClient.json(rhea.get(documents));
        REPORT.add("import: after the restart " + stored.size() + " of " + DOCUMENTS + " documents");
        assertThat(stored.size()).as("every document stored before the kill is still there, and not all came in")
                .isGreaterThanOrEqualTo(seen).isLessThan(DOCUMENTS);
        Set<String> titles = new HashSet<>();
        for (JsonNode document : stored) {
            JsonNode detail = ApiClient.json(rhea.get(documents + "/" + document.get("id").asLong()));
            JsonNode passages = detail.get("passages");
            assertThat(passages.size()).as("%s has its passages", document.at("/metadata/title").asText())
                    .isEqualTo(4).isEqualTo(document.get("passageCount").asInt());
            assertThat(passages.get(3).get("text").asText()).as("its last passage is whole")
                    .endsWith("the end of report " + number(document) + ".");
            assertThat(titles.add(document.at("/metadata/title").asText())).as("stored once").isTrue();
        }

        HttpResponse<String> again = rhea.upload(documents, "reports.zip", zip);
        assertThat(again.statusCode()).as("the same zip again brings in the rest").isEqualTo(201);
        assertThat(ApiClient.json(rhea.get(documents)).size()).isEqualTo(DOCUMENTS);
    }

    @Test
    @Order(2)
    @DisplayName("Killed during an export: after the restart the server writes it again, to the end")
    void killedDuringAnExport() throws Exception {
        ApiClient rhea = ApiClient.as(new URL(APP), "rhea");
        long project = projectNamed(rhea, "Crash during import");
        String exports = "tenants/research/projects/" + project + "/exports";
        HttpResponse<String> started = rhea.postJson(exports, Map.of("format", "csv"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long job = ApiClient.json(started).get("id").asLong();
        server.kill();
        start();
        JsonNode after = awaitExport(rhea, exports + "/" + job);
        REPORT.add("export: killed right after it started; after the restart it is " + after.get("state").asText()
                + (after.hasNonNull("message") ? " (" + after.get("message").asText() + ")" : ""));
        assertThat(after.get("state").asText()).as("written again by the server that starts again").isEqualTo("DONE");
        String csv = new String(rhea.download(exports + "/" + job + "/file").body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("document_id,");
        long again = ApiClient.json(rhea.postJson(exports, Map.of("format", "csv"))).get("id").asLong();
        assertThat(awaitExport(rhea, exports + "/" + again).get("state").asText()).isEqualTo("DONE");
        assertThat(csv).as("the same as an export that never stopped").isEqualTo(new String(
                rhea.download(exports + "/" + again + "/file").body(), StandardCharsets.UTF_8));
    }

    @Test
    @Order(3)
    @DisplayName("The database stopped under load: requests fail with 503 and a sentence, nothing half saved, all"
            + " works again when it returns")
    void databaseStoppedUnderLoad() throws Exception {
        server.stop();
        start(databaseBehindALine());
        ApiClient rhea = ApiClient.as(new URL(APP), "rhea");
        String projects = "tenants/research/projects";
        assertThat(rhea.get(projects).statusCode()).as("works through the line").isEqualTo(200);

        Load load = new Load(rhea, projects, 6);
        Thread.sleep(2_000);
        long cut = System.nanoTime();
        line.cut();
        Thread.sleep(3_000);
        int healthDuringOutage = ServerProcess.statusOf(APP + "health");
        Thread.sleep(3_000);
        long mended = System.nanoTime();
        line.mend();
        long healthy = awaitHealthy();
        Thread.sleep(2_000);
        List<Attempt> attempts = load.stop();

        List<Attempt> before = attempts.stream().filter(a -> a.ended < cut).toList();
        List<Attempt> during = attempts.stream().filter(a -> a.started > cut && a.ended < mended).toList();
        List<Attempt> after = attempts.stream().filter(a -> a.started > healthy).toList();
        REPORT.add(String.format("database stopped for %.1f s under load of 6 clients: %d requests before (%s),"
                        + " %d during (%s), %d after it returned (%s); healthy again %.1f s after it returned",
                (mended - cut) / 1e9, before.size(), statuses(before), during.size(), statuses(during),
                after.size(), statuses(after), (healthy - mended) / 1e9));

        assertThat(before).as("before the stop").isNotEmpty().allMatch(a -> a.status / 100 == 2, "succeeded");
        assertThat(healthDuringOutage).as("the health check tells a load balancer").isEqualTo(503);
        assertThat(attempts).as("no request is answered with an error of ours, or left without an answer")
                .noneMatch(a -> a.status == 500 || a.status < 0);
        assertThat(during.stream().filter(a -> a.project != null))
                .as("every write while the database is away").isNotEmpty()
                .allMatch(a -> a.status == 503 && a.body.contains("The database cannot be reached")
                        && a.retryAfter, "is refused with 503, Retry-After and the sentence");
        assertThat(during).as("reads while the database is away are served or refused in the same way")
                .allMatch(a -> a.status == 200 || a.status == 503 && a.body.contains("The database cannot be reached"),
                        "200 or the 503 with its sentence");
        assertThat(after).as("after it returned").isNotEmpty().allMatch(a -> a.status / 100 == 2, "succeeded");

        Set<String> stored = new HashSet<>();
        for (JsonNode project : ApiClient.json(rhea.get(projects))) {
            stored.add(project.get("name").asText());
        }
        for (Attempt write : attempts.stream().filter(a -> a.project != null).toList()) {
            if (write.status == 201) {
                assertThat(stored).as("a project confirmed as created").contains(write.project);
            } else if (write.started > cut && write.ended < mended) {
                assertThat(stored).as("a project refused while the database was away").doesNotContain(write.project);
            }
        }
    }

    /**
     * Settings that put the suite's database behind a {@link DatabaseLine}: PostgreSQL when the suite runs on it,
     * else an H2 server in this JVM on the crash server's own H2 file.
     */
    private static Map<String, String> databaseBehindALine() throws Exception {
        String postgresql = System.getenv("POSTGRESQL_URL");
        if (postgresql != null && !postgresql.isBlank()) {
            URI address = URI.create(postgresql.substring("jdbc:".length()));
            line = DatabaseLine.to(address.getHost(), address.getPort() < 0 ? 5432 : address.getPort());
            return Map.of("POSTGRESQL_URL", "jdbc:postgresql://localhost:" + line.port() + address.getRawPath());
        }
        h2 = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-baseDir",
                base.resolve("data-concordia/h2").toString(), "-ifExists").start();
        line = DatabaseLine.to("localhost", h2.getPort());
        return Map.of("CONCORDIA_H2_URL", "jdbc:h2:tcp://localhost:" + line.port() + "/concordia;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    /** The moment the health check answers 200 again, within two minutes. */
    private static long awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (ServerProcess.statusOf(APP + "health") != 200) {
            assertThat(System.nanoTime()).as("healthy again within 2 minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
        return System.nanoTime();
    }

    private static String statuses(List<Attempt> attempts) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        attempts.forEach(a -> counts.merge(a.status, 1L, Long::sum));
        return counts.toString();
    }

    /** One request of the load: a read of the project list, or the creation of a project with a unique name. */
    private record Attempt(String project, long started, long ended, int status, String body, boolean retryAfter) {
    }

    /** Clients that read and write in turn, as fast as the server answers, until stopped. */
    private static final class Load {
        private final List<Attempt> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> clients = new ArrayList<>();
        private volatile boolean running = true;

        Load(ApiClient client, String projects, int count) {
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(() -> {
                    for (int n = 0; running; n++) {
                        String project = n % 2 == 0 ? null : "Outage " + UUID.randomUUID();
                        long started = System.nanoTime();
                        try {
                            HttpResponse<String> answer = project == null ? client.get(projects)
                                    : client.postJson(projects, Map.of("name", project));
                            attempts.add(new Attempt(project, started, System.nanoTime(), answer.statusCode(),
                                    answer.body(), answer.headers().firstValue("Retry-After").isPresent()));
                        } catch (IOException | InterruptedException e) {
                            attempts.add(new Attempt(project, started, System.nanoTime(), -1, e.toString(), false));
                        }
                    }
                }, "load-" + i);
                clients.add(thread);
                thread.start();
            }
        }

        List<Attempt> stop() throws InterruptedException {
            running = false;
            for (Thread client : clients) {
                client.join();
            }
            return List.copyOf(attempts);
        }
    }

    private static void start() throws Exception {
        start(Map.of());
    }

    private static void start(Map<String, String> database) throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(database);
        environment.put("CONCORDIA_DATA_DIR", base.resolve("data-concordia").toString());
        environment.put("CONCORDIA_DEMO", "true");
        Path jbossHome = Path.of(KeycloakServer.required("jboss.home"));
        Path deployed = base.resolve("deployments/concordia.war.deployed");
        Files.deleteIfExists(deployed);
        Files.deleteIfExists(base.resolve("deployments/concordia.war.failed"));
        server = ServerProcess.start("WildFly (crash test)", List.of(jbossHome.resolve("bin/standalone.sh")
                        .toString(), "-c", KeycloakServer.required("concordia.server.config"),
                        "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + OFFSET,
                        "-Dconcordia.deployments.dir=" + base.resolve("deployments")),
                environment, base.resolveSibling("crash-server.log"));
        server.awaitReady(() -> ServerProcess.statusOf(APP + "health") == 200, Duration.ofMinutes(4));
    }

    private static long newProject(ApiClient client, String name) throws Exception {
        HttpResponse<String> created = client.postJson("tenants/research/projects",
                Map.of("name", name + " " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asLong();
    }

    private static long projectNamed(ApiClient client, String prefix) throws Exception {
        for (JsonNode project : ApiClient.json(client.get("tenants/research/projects"))) {
            if (project.get("name").asText().startsWith(prefix)) {
                return project.get("id").asLong();
            }
        }
        throw new AssertionError("No project named " + prefix);
    }

    /** Waits until the project has {@code atLeast} documents; returns how many it has then. */
    private static int awaitDocuments(ApiClient client, String path, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (int count = 0; ; count = ApiClient.json(client.get(path)).size()) {
            if (count >= atLeast) {
                return count;
            }
            assertThat(System.nanoTime()).as("%d documents within 2 minutes", atLeast).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static JsonNode awaitExport(ApiClient client, String job) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode state = ApiClient.json(client.get(job));
            if (!Set.of("QUEUED", "RUNNING").contains(state.get("state").asText())) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The export did not finish in a minute");
    }


    private static String number(JsonNode document) {
        return document.at("/metadata/title").asText().replaceAll("\\D", "").replaceFirst("^0+", "");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
