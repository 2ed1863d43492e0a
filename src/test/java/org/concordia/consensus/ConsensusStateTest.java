package org.concordia.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordia.coding.model.CoderStatus;
import org.concordia.consensus.model.ConsensusState;
import org.junit.jupiter.api.Test;

/** Where a passage stands, from its coders' progress and the claim types each applied there. */
class ConsensusStateTest {

    private static final long SUPPORT = 1;
    private static final long OPPOSITION = 2;

    private static final CoderStatus ADA_CODING = new CoderStatus("ada", false, false);
    private static final CoderStatus ADA_DONE = new CoderStatus("ada", true, false);
    private static final CoderStatus BEN_CODING = new CoderStatus("ben", false, false);
    private static final CoderStatus BEN_DONE = new CoderStatus("ben", true, false);

    private static ConsensusState state(List<CoderStatus> coders, Map<String, Set<Long>> applied, boolean anyCoded,
            boolean adjudicated) {
        return ConsensusState.of(coders, coder -> applied.getOrDefault(coder, Set.of()), anyCoded, adjudicated);
    }

    @Test
    void aPassageNobodyHasTouchedIsNotStarted() {
        assertThat(state(List.of(ADA_CODING, BEN_CODING), Map.of(), false, false))
                .isEqualTo(ConsensusState.NOT_STARTED);
    }

    @Test
    void aPassageIsInCodingOnceAnyCoderCodedTheDocumentOrSubmittedIt() {
        assertThat(state(List.of(ADA_CODING, BEN_CODING), Map.of(), true, false)).isEqualTo(ConsensusState.IN_CODING);
        assertThat(state(List.of(ADA_DONE, BEN_CODING), Map.of(), false, false)).isEqualTo(ConsensusState.IN_CODING);
    }

    @Test
    void whenEveryoneSubmittedTheSameClaimTypesAgreeAndDifferentOnesAreDisputed() {
        assertThat(state(List.of(ADA_DONE, BEN_DONE), Map.of("ada", Set.of(SUPPORT, OPPOSITION),
                "ben", Set.of(OPPOSITION, SUPPORT)), true, false)).isEqualTo(ConsensusState.AGREED);
        assertThat(state(List.of(ADA_DONE, BEN_DONE), Map.of("ada", Set.of(SUPPORT), "ben", Set.of(OPPOSITION)),
                true, false)).isEqualTo(ConsensusState.DISPUTED);
        assertThat(state(List.of(ADA_DONE, BEN_DONE), Map.of("ada", Set.of(SUPPORT)), true, false))
                .as("one coder saw a claim, the other none").isEqualTo(ConsensusState.DISPUTED);
        assertThat(state(List.of(ADA_DONE, BEN_DONE), Map.of(), true, false))
                .as("neither saw a claim: they agree on that").isEqualTo(ConsensusState.AGREED);
    }

    @Test
    void aSingleCodersSubmittedPassageIsReadyForReview() {
        assertThat(state(List.of(ADA_DONE), Map.of("ada", Set.of(SUPPORT)), true, false))
                .isEqualTo(ConsensusState.READY);
    }

    @Test
    void aSettledPassageIsAdjudicatedWhateverTheCodersDid() {
        assertThat(state(List.of(ADA_CODING, BEN_DONE), Map.of("ben", Set.of(SUPPORT)), true, true))
                .isEqualTo(ConsensusState.ADJUDICATED);
    }
}
