package org.concordia.devserver;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./mvnw -Pcluster} runs after the build: a two-node Concordia cluster on this machine (README,
 * "Cluster"). PostgreSQL is required: the one named by POSTGRESQL_URL, else this machine's, started and given a
 * role and databases where this process may (as root, with Debian's PostgreSQL). Keycloak runs in production mode on
 * the same PostgreSQL; two WildFly nodes with the HA profile find each other through the database; HAProxy (Debian's
 * package, installed as root where missing) balances them with sticky sessions at http://localhost:8080. Everything
 * stops on Ctrl-C.
 */
public final class ClusterLauncher {

    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/concordia_cluster";
    private static final int NODES = 2;

    private ClusterLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path jbossHome = Path.of(KeycloakServer.required("jboss.home"));
        Path war = Path.of(KeycloakServer.required("concordia.war"));
        String url = System.getenv().getOrDefault("POSTGRESQL_URL", DEFAULT_URL);
        String user = System.getenv().getOrDefault("POSTGRESQL_USER", "concordia");
        String password = System.getenv().getOrDefault("POSTGRESQL_PASSWORD", "concordia");
        String keycloakUrl = url.replaceAll("/[^/?]+(\\?.*)?$", "/concordia_keycloak");

        installHaproxyWhereMissing();
        preparePostgresql(url, keycloakUrl, user);

        KeycloakServer keycloak = KeycloakServer.fromSystemProperties();
        Cluster cluster = new Cluster(jbossHome, war, jbossHome.resolveSibling("cluster"), 8080,
                Map.of("POSTGRESQL_URL", url, "POSTGRESQL_USER", user, "POSTGRESQL_PASSWORD", password,
                        "CONCORDIA_DEMO", System.getenv().getOrDefault("CONCORDIA_DEMO", "true")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[concordia] Stopping the balancer, the nodes and Keycloak ...");
            cluster.close();
            keycloak.close();
        }));
        keycloak.startOnPostgresql(keycloakUrl, user, password);
        cluster.start(NODES);
        StringBuilder nodes = new StringBuilder("The balancer is at " + cluster.url() + "; the nodes:");
        for (String node : cluster.nodeNames()) {
            nodes.append("\n  ").append(node).append("  ").append(Cluster.urlOf(node)).append("  (log: ")
                    .append(cluster.logOf(node)).append(')');
        }
        System.out.println("\n[concordia] " + nodes);
        ConcordiaLauncher.printBanner(cluster.url(), "Press Ctrl-C to stop the cluster, its balancer and Keycloak.");
        while (true) {
            Thread.sleep(1_000);
        }
    }

    private static void installHaproxyWhereMissing() throws IOException, InterruptedException {
        if (Files.isExecutable(Path.of("/usr/sbin/haproxy"))) {
            return;
        }
        if (!isRoot()) {
            fail("HAProxy is not installed. Install it (sudo apt-get install haproxy) and try again.");
        }
        System.out.println("[concordia] Installing HAProxy (apt-get install haproxy) ...");
        run(List.of("apt-get", "install", "-y", "-qq", "haproxy"));
    }

    /**
     * Where PostgreSQL is this machine's and this process is root: starts it, and makes the role and the two
     * databases (Concordia's and Keycloak's) that are missing. Elsewhere they must exist (the README says how).
     */
    private static void preparePostgresql(String url, String keycloakUrl, String user)
            throws IOException, InterruptedException {
        URI address = URI.create(url.substring("jdbc:".length()));
        boolean local = List.of("localhost", "127.0.0.1").contains(address.getHost());
        if (!local || !isRoot() || !Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"))) {
            return;
        }
        if (run(List.of("pg_isready", "-q", "-h", "localhost")) != 0) {
            System.out.println("[concordia] Starting this machine's PostgreSQL ...");
            String version = Files.list(Path.of("/etc/postgresql")).map(p -> p.getFileName().toString()).sorted()
                    .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("No PostgreSQL cluster"));
            run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"));
        }
        String sql = """
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN PASSWORD 'concordia';
                    END IF;
                END $$;
                """.formatted(user);
        run(List.of("su", "postgres", "-c", "psql -q -c \"" + sql.replace("\"", "\\\"").replace("$", "\\$") + "\""));
        for (String database : List.of(databaseOf(url), databaseOf(keycloakUrl))) {
            if (run(List.of("su", "postgres", "-c", "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='"
                    + database + "'\" | grep -q 1")) != 0) {
                System.out.println("[concordia] Creating the PostgreSQL database " + database + " ...");
                run(List.of("su", "postgres", "-c", "createdb -O " + user + " " + database));
            }
        }
    }

    private static String databaseOf(String jdbcUrl) {
        return jdbcUrl.replaceAll("\\?.*$", "").replaceAll("^.*/", "");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static void fail(String why) {
        System.err.println("[concordia] " + why);
        System.exit(1);
    }
}
