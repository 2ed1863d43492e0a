package org.concordia.platform.context;

/**
 * The name of this server among the nodes of a cluster: WildFly's {@code jboss.node.name} (set per node at start,
 * README "Cluster"; the host name when not set). Work that one node does on the others' behalf, such as taking over
 * an export whose node died, is recorded under it.
 */
public final class ServerNode {

    private ServerNode() {
    }

    public static String name() {
        String name = System.getProperty("jboss.node.name");
        if (name == null || name.isBlank()) {
            name = System.getenv().getOrDefault("HOSTNAME", "concordia");
        }
        return name;
    }
}
