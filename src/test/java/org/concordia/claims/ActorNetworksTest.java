package org.concordia.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordia.claims.model.ActorNetwork;
import org.concordia.claims.model.ActorNetwork.EdgeStatus;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.VerdictKind;
import org.concordia.claims.model.VerdictView;
import org.concordia.claims.service.ActorNetworks;
import org.concordia.claims.service.Propositions;
import org.concordia.claims.service.RelationVocabulary;
import org.junit.jupiter.api.Test;

/** The actor network: one edge per subject, object and family; coloured by whether sources contest it. */
class ActorNetworksTest {

    private static final Map<String, RelationView> VOCABULARY = RelationVocabulary.defaults().stream()
            .collect(Collectors.toMap(RelationView::name, Function.identity()));

    @Test
    void edgesJoinTheRelationsOfOneActorTowardsOneObjectAndCarryTheirPropositionsStatus() {
        StructuredClaim backed = claim(1, 1, "Iran", "backed");
        StructuredClaim accepted = claim(2, 1, "Iran", "accepted or acquiesced");
        StructuredClaim opposed = claim(3, 3, "Kata'ib Hezbollah", "opposed");
        List<LedgerEntry> ledger = Propositions.of(List.of(backed, accepted, opposed), VOCABULARY).stream()
                .map(p -> new LedgerEntry(p, List.of())).toList();

        ActorNetwork network = ActorNetworks.of(ledger);
        assertThat(network.nodes()).extracting(ActorNetwork.Node::name)
                .containsExactly("Iran", "al-Kadhimi", "Kata'ib Hezbollah");
        assertThat(network.edges()).hasSize(2);
        ActorNetwork.Edge iran = network.edges().get(0);
        assertThat(iran.relations()).isEqualTo("backed / accepted or acquiesced");
        assertThat(iran.status()).isEqualTo(EdgeStatus.CONTESTED);
        assertThat(iran.claims()).hasSize(2);
        assertThat(network.edges().get(1).status()).as("nobody contests the militia's opposition")
                .isEqualTo(EdgeStatus.UNCONTESTED);

        LedgerEntry settled = new LedgerEntry(ledger.get(0).proposition(), List.of(new VerdictView(1,
                ledger.get(0).proposition().key(), VerdictKind.RECONCILED, null, "why", "high",
                ledger.get(0).proposition().claims().stream().map(StructuredClaim::codingId).sorted().toList(), "sam",
                Instant.now())));
        assertThat(ActorNetworks.of(List.of(settled)).edges().get(0).status()).isEqualTo(EdgeStatus.SETTLED);
    }

    private static StructuredClaim claim(long document, long subject, String name, String relation) {
        return new StructuredClaim(document * 10, document, "source " + document, null, "ada", subject, name,
                relation, 99L, "al-Kadhimi", "2020", null, null, "quote", null, false);
    }
}
