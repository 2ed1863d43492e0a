package org.concordia.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Keycloak distribution the build unpacked into target/, started in development mode on localhost:8180 with
 * the realm from config/keycloak. Used by the launcher ({@code ./mvnw -Prun}) and by the integration tests.
 *
 * <p>A Keycloak already answering for the realm is reused. When the realm file changed since Keycloak's database
 * was created, the database is dropped so that the realm is imported afresh ({@code --import-realm} skips a realm
 * that exists).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final int PORT = 8180;
    public static final String REALM = "concordia";
    public static final String URL = "http://localhost:" + PORT;
    public static final String ISSUER = URL + "/realms/" + REALM;

    private final Path home;
    private final Path realmFile;
    private ServerProcess process;

    public KeycloakServer(Path home, Path realmFile) {
        this.home = home;
        this.realmFile = realmFile;
    }

    /** Configured by the build's system properties {@code keycloak.home} and {@code concordia.keycloak.realm}. */
    public static KeycloakServer fromSystemProperties() {
        return new KeycloakServer(Path.of(required("keycloak.home")), Path.of(required("concordia.keycloak.realm")));
    }

    public static boolean isAnswering() {
        return ServerProcess.statusOf(ISSUER + "/.well-known/openid-configuration") == 200;
    }

    /** Starts Keycloak unless one is answering already; returns once the realm can be logged into. */
    public KeycloakServer start() throws IOException, InterruptedException {
        if (isAnswering()) {
            System.out.println("[concordia] Keycloak answers at " + URL + " already; using it.");
            return this;
        }
        if (!Files.isDirectory(home)) {
            throw new IllegalStateException("No Keycloak at " + home + ": run the build first (./mvnw package).");
        }
        importRealm();
        installThemes();
        Path log = home.resolveSibling("keycloak.log");
        System.out.println("[concordia] Starting Keycloak on " + URL + " (log: " + log + ") ...");
        process = ServerProcess.start("Keycloak",
                List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                        "--http-port=" + PORT, "--import-realm"),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                log);
        process.awaitReady(KeycloakServer::isAnswering, Duration.ofMinutes(4));
        return this;
    }

    /**
     * Starts Keycloak in production mode on a PostgreSQL database (the cluster's, README "Cluster") over plain HTTP
     * on localhost, unless one is answering already. The realm is imported when the database has none yet.
     */
    public KeycloakServer startOnPostgresql(String jdbcUrl, String user, String password)
            throws IOException, InterruptedException {
        if (isAnswering()) {
            System.out.println("[concordia] Keycloak answers at " + URL + " already; using it.");
            return this;
        }
        importRealm();
        installThemes();
        Path log = home.resolveSibling("keycloak-production.log");
        System.out.println("[concordia] Starting Keycloak in production mode on " + URL + " with " + jdbcUrl
                + " (log: " + log + ") ...");
        process = ServerProcess.start("Keycloak",
                List.of(home.resolve("bin/kc.sh").toString(), "start", "--db=postgres", "--db-url=" + jdbcUrl,
                        "--db-username=" + user, "--db-password=" + password, "--http-enabled=true",
                        "--http-host=127.0.0.1", "--http-port=" + PORT, "--hostname=" + URL, "--import-realm"),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                log);
        process.awaitReady(KeycloakServer::isAnswering, Duration.ofMinutes(6));
        return this;
    }

    private void importRealm() throws IOException {
        Path imported = home.resolve("data/import/" + realmFile.getFileName());
        boolean changed = !Files.exists(imported) || Files.mismatch(imported, realmFile) != -1L;
        if (changed) {
            deleteRecursively(home.resolve("data/h2"));
            Files.createDirectories(imported.getParent());
            Files.copy(realmFile, imported, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Copies the themes beside the realm file (config/keycloak/themes) into Keycloak's themes folder, afresh each
     * start: the realm's login pages use them.
     */
    private void installThemes() throws IOException {
        Path themes = realmFile.resolveSibling("themes");
        if (!Files.isDirectory(themes)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(themes)) {
            for (Path source : paths.toList()) {
                Path target = home.resolve("themes").resolve(themes.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Stops Keycloak if this object started it; a reused one is left running. */
    @Override
    public void close() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run through Maven.");
        }
        return value;
    }
}
