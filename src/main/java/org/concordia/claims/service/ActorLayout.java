package org.concordia.claims.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.concordia.claims.model.ActorNetwork;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Where each actor of a network is drawn: a force-directed layout (Fruchterman-Reingold, from JGraphT), so that
 * actors who act on each other sit close and the others spread out, readable with 50 actors as with 5. Positions are
 * fractions of the drawing area (0 to 1 on each axis, the whole area used), the same on every computation for the
 * same network: the layout starts from a fixed seed.
 */
public final class ActorLayout {

    private static final int ITERATIONS = 300;
    /**
     * The ideal distance between actors as a share of the area's side per actor: smaller than JGraphT's default
     * (0.5), so that the layout settles inside the area instead of pressing actors into its edges and corners,
     * where they would lie on top of each other. The positions are stretched to the whole area afterwards.
     */
    private static final double NORMALIZATION = 0.1;
    private static final long SEED = 20200507L;

    private ActorLayout() {
    }

    /** A position as fractions of the drawing area's width and height. */
    public record Position(double x, double y) {
    }

    public static Map<Long, Position> of(ActorNetwork network) {
        Graph<Long, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        network.nodes().forEach(node -> graph.addVertex(node.id()));
        for (ActorNetwork.Edge edge : network.edges()) {
            if (edge.from() != edge.to()) {
                graph.addEdge(edge.from(), edge.to());
            }
        }
        Map<Long, Position> positions = new LinkedHashMap<>();
        if (graph.vertexSet().size() == 1) {
            positions.put(graph.vertexSet().iterator().next(), new Position(0.5, 0.5));
            return positions;
        }
        LayoutModel2D<Long> model = new MapLayoutModel2D<>(Box2D.of(100, 100));
        new FRLayoutAlgorithm2D<Long, DefaultEdge>(ITERATIONS, NORMALIZATION,
                new Random(SEED)).layout(graph, model);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Long node : graph.vertexSet()) {
            Point2D point = model.get(node);
            minX = Math.min(minX, point.getX());
            maxX = Math.max(maxX, point.getX());
            minY = Math.min(minY, point.getY());
            maxY = Math.max(maxY, point.getY());
        }
        for (ActorNetwork.Node node : network.nodes()) {
            Point2D point = model.get(node.id());
            positions.put(node.id(), new Position(scaled(point.getX(), minX, maxX),
                    scaled(point.getY(), minY, maxY)));
        }
        return positions;
    }

    private static double scaled(double value, double min, double max) {
        return max - min < 1e-9 ? 0.5 : (value - min) / (max - min);
    }
}
