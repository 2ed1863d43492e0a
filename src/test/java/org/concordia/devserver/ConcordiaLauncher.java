package org.concordia.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./mvnw -Prun} runs after the build: starts Keycloak and WildFly, drops the WAR into deployments/,
 * waits until the application answers, prints where to go and who can log in, and stops both servers on Ctrl-C.
 */
public final class ConcordiaLauncher {

    static final String APP_URL = "http://localhost:8080/concordia/";

    /** The demo logins (config/keycloak/concordia-realm.json) and what DemoData makes of them. */
    private static final List<String[]> DEMO_USERS = List.of(
            new String[] {"irene", "Seminar on Gulf politics", "admin"},
            new String[] {"sam", "Seminar on Gulf politics", "supervisor"},
            new String[] {"ada", "Seminar on Gulf politics", "coder"},
            new String[] {"carla", "Seminar on Gulf politics", "coder"},
            new String[] {"ben", "Seminar on Gulf politics / Gulf Accounts Research Team", "coder / supervisor"},
            new String[] {"rhea", "Gulf Accounts Research Team", "admin"},
            new String[] {"dan", "Gulf Accounts Research Team", "coder"},
            new String[] {"layla", "Gulf Accounts Research Team (her Keycloak language: Arabic)", "coder"},
            new String[] {"gita", "Gulf Accounts Research Team (from a Keycloak group)", "coder"},
            new String[] {"olga", "(none: sees the 403 page, can join with a code)", "-"},
            new String[] {"operator", "(none: Platform > Tenants)", "platform admin"});

    private ConcordiaLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path jbossHome = Path.of(KeycloakServer.required("jboss.home"));
        Path war = Path.of(KeycloakServer.required("concordia.war"));
        Path deployments = Path.of(KeycloakServer.required("concordia.deployments.dir"));
        String serverConfig = KeycloakServer.required("concordia.server.config");

        if (ServerProcess.statusOf("http://localhost:8080/") != -1) {
            System.err.println("[concordia] Something answers on port 8080 already. Is Concordia running in another"
                    + " terminal? Stop it (Ctrl-C there) and try again.");
            System.exit(1);
        }

        KeycloakServer keycloak = KeycloakServer.fromSystemProperties();
        ServerProcess[] wildfly = new ServerProcess[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[concordia] Stopping WildFly and Keycloak ...");
            if (wildfly[0] != null) {
                wildfly[0].stop();
            }
            keycloak.close();
        }));

        keycloak.start();
        deploy(war, deployments);
        Path log = jbossHome.resolveSibling("wildfly.log");
        System.out.println("[concordia] Starting WildFly with " + serverConfig + " (log: " + log + ") ...");
        wildfly[0] = ServerProcess.start("WildFly",
                List.of(jbossHome.resolve("bin/standalone.sh").toString(), "-c", serverConfig,
                        "-Dconcordia.deployments.dir=" + deployments.toAbsolutePath()),
                Map.of(), log);
        Path deployed = deployments.resolve(war.getFileName() + ".deployed");
        Path failed = deployments.resolve(war.getFileName() + ".failed");
        wildfly[0].awaitReady(() -> Files.exists(deployed) || Files.exists(failed), Duration.ofMinutes(4));
        if (Files.exists(failed)) {
            System.err.println("[concordia] The deployment failed: " + Files.readString(failed).strip()
                    + "\n[concordia] See " + log);
            System.exit(1);
        }
        wildfly[0].awaitReady(() -> ServerProcess.statusOf(APP_URL + "health") == 200, Duration.ofMinutes(1));

        printBanner();
        int exit = wildfly[0].waitFor();
        System.err.println("[concordia] WildFly stopped (exit code " + exit + "); see " + log);
        System.exit(exit == 0 ? 0 : 1);
    }

    /** Puts this build's WAR where the deployment scanner looks, clearing the markers of the previous one. */
    private static void deploy(Path war, Path deployments) throws IOException {
        Files.createDirectories(deployments);
        for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending", ".undeployed")) {
            Files.deleteIfExists(deployments.resolve(war.getFileName() + marker));
        }
        Files.copy(war, deployments.resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void printBanner() {
        printBanner(APP_URL, "Press Ctrl-C to stop both servers.");
    }

    static void printBanner(String appUrl, String howToStop) {
        StringBuilder banner = new StringBuilder("\n")
                .append("Concordia is ready at ").append(appUrl).append("\n\n")
                .append("Demo logins (password for all: concordia):\n")
                .append(String.format("  %-9s %-56s %s%n", "user", "tenant", "role"));
        for (String[] user : DEMO_USERS) {
            banner.append(String.format("  %-9s %-56s %s%n", user[0], user[1], user[2]));
        }
        banner.append("\nKeycloak admin console: ").append(KeycloakServer.URL).append("/admin (admin / admin)\n")
                .append(howToStop).append("\n");
        System.out.println(banner);
    }
}
