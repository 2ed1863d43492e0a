package org.concordia.claims.model;

import java.io.Serializable;
import java.util.List;

/**
 * Who did what to whom, as a graph: entities as nodes, and for each subject, object and relation family an edge
 * with the relations sources report and whether the sources contest them, settled them or simply agree.
 */
public record ActorNetwork(List<Node> nodes, List<Edge> edges) implements Serializable {

    public record Node(long id, String name) implements Serializable {
    }

    public record Edge(long from, long to, String family, String relations, EdgeStatus status, List<Long> claims)
            implements Serializable {
    }

    public enum EdgeStatus {
        /** Part of a contested proposition without a verdict standing on the current evidence. */
        CONTESTED,
        /** Contested once, settled by a verdict that still stands. */
        SETTLED,
        /** No source disagrees. */
        UNCONTESTED
    }
}
