package org.concordia.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concordia.claims.model.ActorNetwork;
import org.concordia.claims.service.ActorLayout;
import org.concordia.claims.service.ActorLayout.Position;
import org.junit.jupiter.api.Test;

/** The actor network's force-directed layout, on a network of 60 actors in three camps. */
class ActorLayoutTest {

    @Test
    void sixtyActorsFillTheAreaApartAndTheSameEachTime() {
        ActorNetwork network = threeCamps(20);
        Map<Long, Position> layout = ActorLayout.of(network);

        assertThat(layout).hasSize(60);
        assertThat(layout.values()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(0.0, 1.0);
            assertThat(p.y()).isBetween(0.0, 1.0);
        });
        List<Position> points = new ArrayList<>(layout.values());
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                closest = Math.min(closest, distance(points.get(i), points.get(j)));
            }
        }
        assertThat(closest).as("no two actors on top of each other").isGreaterThan(0.01);
        assertThat(ActorLayout.of(network)).as("the same drawing on every visit").isEqualTo(layout);
    }

    @Test
    void actorsOfOneCampSitCloserThanActorsOfDifferentCamps() {
        Map<Long, Position> layout = ActorLayout.of(threeCamps(20));
        double within = 0;
        double across = 0;
        for (long member = 1; member < 20; member++) {
            within += distance(layout.get(member), layout.get(member + 1));
            across += distance(layout.get(member), layout.get(member + 20));
        }
        assertThat(within).isLessThan(across);
    }

    @Test
    void aSingleActorOrNoneIsDrawnWithoutFailing() {
        assertThat(ActorLayout.of(new ActorNetwork(List.of(new ActorNetwork.Node(1, "Iran")), List.of())))
                .containsEntry(1L, new Position(0.5, 0.5));
        assertThat(ActorLayout.of(new ActorNetwork(List.of(), List.of()))).isEmpty();
    }

    /** Three camps of {@code size} actors, each backing its camp's leader (ids 1, size + 1, 2 size + 1). */
    private static ActorNetwork threeCamps(int size) {
        List<ActorNetwork.Node> nodes = new ArrayList<>();
        List<ActorNetwork.Edge> edges = new ArrayList<>();
        for (int camp = 0; camp < 3; camp++) {
            long leader = camp * size + 1L;
            for (long id = leader; id < leader + size; id++) {
                nodes.add(new ActorNetwork.Node(id, "actor " + id));
                if (id != leader) {
                    edges.add(new ActorNetwork.Edge(id, leader, "stance", "backed",
                            ActorNetwork.EdgeStatus.UNCONTESTED, List.of(id)));
                    edges.add(new ActorNetwork.Edge(id, id == leader + size - 1 ? leader + 1 : id + 1, "stance",
                            "backed", ActorNetwork.EdgeStatus.UNCONTESTED, List.of(id)));
                }
            }
        }
        return new ActorNetwork(nodes, edges);
    }

    private static double distance(Position a, Position b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
