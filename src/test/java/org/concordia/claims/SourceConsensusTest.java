package org.concordia.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.UnsettledReason;
import org.concordia.claims.service.SourceConsensus;
import org.concordia.claims.service.SourceConsensus.Outcome;
import org.concordia.coding.model.CoderStatus;
import org.junit.jupiter.api.Test;

/** What one passage of a source says, from its coders' claims and whether they submitted. */
class SourceConsensusTest {

    private static long nextId = 1;

    @Test
    void aSingleCodersClaimsStandOnceSubmitted() {
        StructuredClaim ada = claim("ada", "backed", "2020");
        assertThat(SourceConsensus.of(List.of(ada), List.of(status("ada", true))).settled()).containsExactly(ada);
        assertThat(SourceConsensus.of(List.of(ada), List.of(status("ada", false))).unsettled())
                .isEqualTo(UnsettledReason.STILL_CODING);
    }

    @Test
    void codersWhoAllMadeTheSameClaimGiveItOnceCreditedToAll() {
        Outcome outcome = SourceConsensus.of(List.of(claim("ben", "backed", "2020"), claim("ada", "Backed ", "2020")),
                List.of(status("ada", true), status("ben", true)));
        assertThat(outcome.isSettled()).isTrue();
        assertThat(outcome.settled()).singleElement().satisfies(c -> assertThat(c.coder()).isEqualTo("ada, ben"));
    }

    @Test
    void codersWhoSayDifferentThingsLeaveThePassageUnsettled() {
        Outcome outcome = SourceConsensus.of(
                List.of(claim("ada", "backed", "2020"), claim("ben", "accepted or acquiesced", "2020")),
                List.of(status("ada", true), status("ben", true)));
        assertThat(outcome.settled()).isEmpty();
        assertThat(outcome.unsettled()).isEqualTo(UnsettledReason.CODERS_DIFFER);
        assertThat(SourceConsensus.of(List.of(claim("ada", "backed", "2020"), claim("ben", "backed", "2020-04")),
                List.of(status("ada", true), status("ben", true))).unsettled()).as("a different time")
                .isEqualTo(UnsettledReason.CODERS_DIFFER);
    }

    @Test
    void anAssignedCoderWhoClaimedNothingDiffersFromOneWhoDid() {
        assertThat(SourceConsensus.of(List.of(claim("ada", "backed", "2020")),
                List.of(status("ada", true), status("ben", true))).unsettled())
                .isEqualTo(UnsettledReason.CODERS_DIFFER);
    }

    @Test
    void aPassageIsStillBeingCodedUntilEveryAssignedCoderSubmitted() {
        assertThat(SourceConsensus.of(List.of(claim("ada", "backed", "2020"), claim("ben", "backed", "2020")),
                List.of(status("ada", true), status("ben", false))).unsettled())
                .isEqualTo(UnsettledReason.STILL_CODING);
    }

    @Test
    void withoutAssignmentsTheCodersWhoCodedCount() {
        assertThat(SourceConsensus.of(List.of(claim("sam", "backed", "2020")), List.of()).settled()).hasSize(1);
        assertThat(SourceConsensus.of(List.of(claim("sam", "backed", "2020"), claim("kim", "opposed", "2020")),
                List.of()).unsettled()).isEqualTo(UnsettledReason.CODERS_DIFFER);
    }

    @Test
    void certaintyAndAttributionWordedDifferentlyDoNotMakeADifferentClaim() {
        StructuredClaim ada = new StructuredClaim(nextId++, 1, "Baghdad Wire", null, "ada", 1L, "Iran", "backed", 2L,
                "al-Kazimi", "2020", "certain", "Reuters", "quote", null, false);
        StructuredClaim ben = new StructuredClaim(nextId++, 1, "Baghdad Wire", null, "ben", 1L, "Iran", "backed", 2L,
                "al-Kadhimi", "2020", "probable", "a Reuters report", "quote", null, false);
        assertThat(SourceConsensus.of(List.of(ada, ben), List.of(status("ada", true), status("ben", true)))
                .isSettled()).isTrue();
    }

    private static CoderStatus status(String coder, boolean submitted) {
        return new CoderStatus(coder, submitted, false);
    }

    private static StructuredClaim claim(String coder, String relation, String time) {
        return new StructuredClaim(nextId++, 1, "Baghdad Wire", null, coder, 1L, "Iran", relation, 2L, "al-Kazimi",
                time, "certain", null, "quote", null, false);
    }
}
