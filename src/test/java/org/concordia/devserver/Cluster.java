package org.concordia.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Concordia cluster on this machine: WildFly nodes of the build's server with the HA configuration
 * ({@code standalone-concordia-cluster.xml}, made by config/wildfly/cluster.cli), each with a base folder of its own
 * and its ports shifted by an offset, sharing one PostgreSQL database, behind HAProxy (Debian's package) with sticky
 * sessions. Used by the cluster launcher ({@code ./mvnw -Pcluster}) and the failover test.
 *
 * <p>The first node is started alone and the others once it answers: it migrates the schema and seeds the demo
 * tenants, which the others then find done.
 */
public final class Cluster implements AutoCloseable {

    public static final String SERVER_CONFIG = "standalone-concordia-cluster.xml";
    /** The cookie by which the balancer sends a browser back to the node that has its session. */
    public static final String NODE_COOKIE = "CONCORDIA_NODE";

    private final Path jbossHome;
    private final Path war;
    private final Path root;
    private final int balancerPort;
    private final Map<String, String> environment;
    private final Map<String, ServerProcess> nodes = new LinkedHashMap<>();
    private ServerProcess balancer;

    /**
     * @param root         the folder for the nodes' base folders, logs and the balancer's configuration
     * @param balancerPort where the balancer listens, on localhost
     * @param environment  the nodes' environment: POSTGRESQL_URL, POSTGRESQL_USER, POSTGRESQL_PASSWORD, ...
     */
    public Cluster(Path jbossHome, Path war, Path root, int balancerPort, Map<String, String> environment) {
        this.jbossHome = jbossHome;
        this.war = war;
        this.root = root;
        this.balancerPort = balancerPort;
        this.environment = Map.copyOf(environment);
    }

    /** The application's address behind the balancer. */
    public String url() {
        return "http://localhost:" + balancerPort + "/concordia/";
    }

    /** A node's own address, past the balancer. */
    public static String urlOf(String node) {
        return "http://localhost:" + (8080 + offsetOf(node)) + "/concordia/";
    }

    public List<String> nodeNames() {
        return List.copyOf(nodes.keySet());
    }

    /** Starts {@code count} nodes, the first alone, then the balancer; returns once all answer. */
    public Cluster start(int count) throws IOException, InterruptedException {
        if (ServerProcess.statusOf(url()) != -1) {
            throw new IllegalStateException("Something answers on port " + balancerPort + " already.");
        }
        Files.createDirectories(root);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("node" + i);
        }
        startNode(names.get(0));
        awaitNode(names.get(0));
        for (String name : names.subList(1, names.size())) {
            startNode(name);
        }
        for (String name : names.subList(1, names.size())) {
            awaitNode(name);
        }
        startBalancer();
        return this;
    }

    /** Kills the node at once (SIGKILL), as a crash or a power cut would. */
    public void kill(String node) {
        ServerProcess process = nodes.get(node);
        if (process == null) {
            throw new IllegalArgumentException("No node " + node + " in " + nodes.keySet());
        }
        process.kill();
    }

    /** The node's resident memory, its JVM included. */
    public long residentBytesOf(String node) {
        return nodes.get(node).residentBytes();
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.stop();
            balancer = null;
        }
        nodes.values().stream().filter(ServerProcess::isAlive).forEach(ServerProcess::stop);
    }

    public Path logOf(String node) {
        return root.resolve(node + ".log");
    }

    private static int offsetOf(String node) {
        return 10 * Integer.parseInt(node.substring("node".length()));
    }

    private void startNode(String name) throws IOException {
        Path base = root.resolve(name);
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending", ".undeployed")) {
            Files.deleteIfExists(deployments.resolve(war.getFileName() + marker));
        }
        Files.copy(war, deployments.resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[concordia] Starting " + name + " at " + urlOf(name) + " (log: " + logOf(name) + ") ...");
        nodes.put(name, ServerProcess.start("WildFly " + name, List.of(
                        jbossHome.resolve("bin/standalone.sh").toString(), "-c", SERVER_CONFIG,
                        "-Djboss.server.base.dir=" + base, "-Djboss.node.name=" + name,
                        "-Djboss.socket.binding.port-offset=" + offsetOf(name),
                        "-Dconcordia.deployments.dir=" + deployments),
                environment, logOf(name)));
    }

    private void awaitNode(String name) throws InterruptedException {
        nodes.get(name).awaitReady(() -> ServerProcess.statusOf(urlOf(name) + "health") == 200,
                Duration.ofMinutes(5));
    }

    /**
     * HAProxy in front: round robin for a first request, then back to the node named in its cookie; a node that
     * fails its health check (twice, a second apart) gets no more requests, and a request that finds its node dead
     * is sent to another ({@code option redispatch}), which has the session too.
     */
    private void startBalancer() throws IOException, InterruptedException {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 4096
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 5m
                    timeout server 5m
                    option redispatch
                    retries 3
                frontend concordia
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /concordia/health
                    default-server inter 1s fall 2 rise 2
                """.formatted(balancerPort, NODE_COOKIE));
        for (String node : nodes.keySet()) {
            config.append("    server ").append(node).append(" 127.0.0.1:").append(8080 + offsetOf(node))
                    .append(" check cookie ").append(node).append('\n');
        }
        Path file = Files.writeString(root.resolve("haproxy.cfg"), config);
        String haproxy = Stream.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")
                .filter(path -> Files.isExecutable(Path.of(path))).findFirst()
                .orElseThrow(() -> new IllegalStateException("HAProxy is not installed: apt-get install haproxy"));
        balancer = ServerProcess.start("HAProxy", List.of(haproxy, "-db", "-f", file.toString()), Map.of(),
                root.resolve("haproxy.log"));
        balancer.awaitReady(() -> ServerProcess.statusOf(url() + "health") == 200, Duration.ofMinutes(1));
    }
}
