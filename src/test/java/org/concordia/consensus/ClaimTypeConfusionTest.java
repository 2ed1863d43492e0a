package org.concordia.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordia.consensus.model.Confusion;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.PassageConsensus;
import org.concordia.consensus.service.ClaimTypeConfusion;
import org.junit.jupiter.api.Test;

/** Which claim types coders mistake for each other, from the codings of each passage by coder. */
class ClaimTypeConfusionTest {

    private static final long SUPPORT = 1;
    private static final long OPPOSITION = 2;
    private static final long EVENT = 3;

    @Test
    void agreementOnTheDiagonalConfusionOffItAndMissesAgainstNothing() {
        Confusion confusion = ClaimTypeConfusion.of(List.of(
                        passage(Map.of("ada", Set.of(SUPPORT), "ben", Set.of(SUPPORT))),
                        passage(Map.of("ada", Set.of(SUPPORT), "ben", Set.of(OPPOSITION))),
                        passage(Map.of("ada", Set.of(EVENT, SUPPORT), "ben", Set.of(SUPPORT))),
                        passage(Map.of("ada", Set.of(), "ben", Set.of()))),
                List.of(SUPPORT, OPPOSITION, EVENT), List.of("Support", "Opposition", "Factual event"));

        assertThat(confusion.labels()).containsExactly("Support", "Opposition", "Factual event", "nothing");
        assertThat(confusion.count(0, 0)).as("Support agreed twice").isEqualTo(2);
        assertThat(confusion.count(0, 1)).as("Support against Opposition").isEqualTo(1);
        assertThat(confusion.count(1, 0)).as("symmetric").isEqualTo(1);
        assertThat(confusion.count(2, 3)).as("ada's extra Factual event, nothing by ben").isEqualTo(1);
        assertThat(confusion.count(3, 3)).as("agreeing on nothing is not counted").isZero();
        assertThat(confusion.largestConfusion()).isEqualTo(1);
    }

    @Test
    void threeCodersCountEveryPair() {
        Confusion confusion = ClaimTypeConfusion.of(List.of(passage(Map.of("ada", Set.of(SUPPORT),
                        "ben", Set.of(SUPPORT), "carla", Set.of(OPPOSITION)))),
                List.of(SUPPORT, OPPOSITION), List.of("Support", "Opposition"));
        assertThat(confusion.count(0, 0)).isEqualTo(1);
        assertThat(confusion.count(0, 1)).as("ada-carla and ben-carla").isEqualTo(2);
    }

    private static PassageConsensus passage(Map<String, Set<Long>> byCoder) {
        Map<String, Set<Long>> ordered = new LinkedHashMap<>(byCoder);
        return new PassageConsensus(1, "doc", 1, 0, "", ConsensusState.DISPUTED, List.copyOf(ordered.keySet()),
                ordered, 0, 0);
    }
}
