package org.concordia.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordia.claims.model.ConflictKind;
import org.concordia.claims.model.Conflict;
import org.concordia.claims.model.Proposition;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.model.SourceAccounts;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.UnsettledPassage;
import org.concordia.claims.model.UnsettledReason;
import org.concordia.claims.service.Propositions;
import org.concordia.claims.service.RelationVocabulary;
import org.junit.jupiter.api.Test;

/** Claims grouped into propositions, and the ways sources disagree about them. */
class PropositionsTest {

    private static final Map<String, RelationView> VOCABULARY = RelationVocabulary.defaults().stream()
            .collect(Collectors.toMap(RelationView::name, Function.identity()));
    private static final long IRAN = 1;
    private static final long KAZIMI = 2;
    private static final long MILITIA = 3;
    private static final long USA = 4;
    private static final long TROOPS = 5;

    private static long nextId = 100;

    @Test
    void backedVersusOpposedByTheSameActorIsAPolarityConflict() {
        assertThat(kinds(claim(1, IRAN, "backed", KAZIMI, "2020"), claim(2, IRAN, "opposed", KAZIMI, "2020")))
                .containsExactly(ConflictKind.POLARITY);
    }

    @Test
    void backedVersusMerelyAcceptedIsAStrengthConflict() {
        List<Proposition> propositions = Propositions.of(List.of(claim(1, IRAN, "backed", KAZIMI, "2020-04"),
                claim(2, IRAN, "accepted or acquiesced", KAZIMI, "2020")), VOCABULARY);
        assertThat(propositions).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("stance towards al-Kazimi, 2020");
            assertThat(p.conflicts()).extracting(Conflict::kind).containsExactly(ConflictKind.STRENGTH);
            assertThat(p.conflicts().get(0).description()).contains("backed (source 1)",
                    "accepted or acquiesced (source 2)");
        });
    }

    @Test
    void coderDisagreementWithinOneSourceIsNotASourceConflict() {
        assertThat(kinds(claim(1, IRAN, "backed", KAZIMI, "2020"), claim(1, IRAN, "accepted or acquiesced", KAZIMI,
                "2020"))).isEmpty();
    }

    @Test
    void differentActorsWithDifferentStancesAgreeThatTheyDiffer() {
        assertThat(kinds(claim(1, IRAN, "backed", KAZIMI, "2020"), claim(2, MILITIA, "opposed", KAZIMI, "2020")))
                .isEmpty();
    }

    @Test
    void anExclusiveActCreditedToDifferentActorsIsAnActorConflict() {
        assertThat(kinds(claim(1, IRAN, "chose", KAZIMI, "2020"), claim(2, USA, "chose", KAZIMI, "2020")))
                .containsExactly(ConflictKind.ACTOR);
        assertThat(kinds(claim(1, IRAN, "appointed", KAZIMI, "2020"), claim(2, IRAN, "appointed", KAZIMI, "2020")))
                .as("the same actor in both").isEmpty();
    }

    @Test
    void severalBackersOfOneCandidateAreCompatible() {
        assertThat(kinds(claim(1, IRAN, "backed", KAZIMI, "2020"), claim(2, USA, "backed", KAZIMI, "2020")))
                .isEmpty();
    }

    @Test
    void aRangeAgreesWithEveryTimeInsideItAndConflictsWithTimesOutside() {
        assertThat(kinds(claim(1, MILITIA, "condemned", KAZIMI, "2020-04/2020-05"),
                claim(2, MILITIA, "condemned", KAZIMI, "2020-05-10"))).isEmpty();
        assertThat(kinds(claim(1, MILITIA, "condemned", KAZIMI, "2020-04/2020-05"),
                claim(2, MILITIA, "condemned", KAZIMI, "2020-07"))).containsExactly(ConflictKind.DATE);
        assertThat(Propositions.of(List.of(claim(1, MILITIA, "condemned", KAZIMI, "2019-12/2020-02")), VOCABULARY))
                .extracting(Proposition::window).as("a range belongs to the year it starts in")
                .containsExactly("2019");
    }

    @Test
    void anUnsettledPassageIsListedBesideTheSourcesButIsNoConflict() {
        StructuredClaim settled = claim(1, IRAN, "backed", KAZIMI, "2020");
        StructuredClaim ada = claim(2, IRAN, "backed", KAZIMI, "2020");
        StructuredClaim ben = claim(2, IRAN, "opposed", KAZIMI, "2020");
        UnsettledPassage differ = new UnsettledPassage(2, 20, "source 2", UnsettledReason.CODERS_DIFFER,
                List.of(ada, ben));
        List<Proposition> propositions = Propositions.of(
                new SourceAccounts(List.of(settled), List.of(differ), List.of(ada, ben)), VOCABULARY);
        assertThat(propositions).singleElement().satisfies(p -> {
            assertThat(p.conflicts()).isEmpty();
            assertThat(p.sources()).as("the unsettled source gives no account yet").isEqualTo(1);
            assertThat(p.unsettledSources()).containsExactly("source 2");
            assertThat(p.unsettledIn("source 2")).extracting(UnsettledPassage::passageId).containsExactly(20L);
            assertThat(p.perCoder()).containsExactly(ada, ben);
        });
    }

    @Test
    void aPropositionKnownOnlyFromUnsettledPassagesStillAppears() {
        UnsettledPassage coding = new UnsettledPassage(3, 30, "source 3", UnsettledReason.STILL_CODING,
                List.of(claim(3, IRAN, "backed", KAZIMI, "2020")));
        assertThat(Propositions.of(new SourceAccounts(List.of(), List.of(coding), List.of()), VOCABULARY))
                .singleElement().satisfies(p -> {
                    assertThat(p.claims()).isEmpty();
                    assertThat(p.unsettledSources()).containsExactly("source 3");
                });
    }

    @Test
    void aClaimAttributedToAPartyOfThePropositionIsMarkedAsAnInterestedParty() {
        StructuredClaim ambassador = attributed(claim(1, IRAN, "backed", KAZIMI, "2020"),
                "Iraj Masjedi, Iran's ambassador");
        StructuredClaim agency = attributed(claim(2, IRAN, "backed", KAZIMI, "2020"), "Reuters");
        StructuredClaim militia = attributed(claim(3, MILITIA, "opposed", KAZIMI, "2020"),
                "a spokesman of Kata\u2019ib Hezbollah");
        assertThat(Propositions.of(List.of(ambassador, agency, militia), VOCABULARY)).singleElement()
                .satisfies(p -> assertThat(p.interestedParties()).containsOnly(
                        Map.entry(ambassador.codingId(), "Iran"), Map.entry(militia.codingId(), "Kata'ib Hezbollah")));
    }

    @Test
    void datesDifferingAtTheSamePrecisionConflictOtherwiseNot() {
        assertThat(kinds(claim(1, MILITIA, "condemned", KAZIMI, "2020-04-09"),
                claim(2, MILITIA, "condemned", KAZIMI, "2020-04-10"))).containsExactly(ConflictKind.DATE);
        assertThat(kinds(claim(1, MILITIA, "condemned", KAZIMI, "2020-04"),
                claim(2, MILITIA, "condemned", KAZIMI, "2020-04-10"))).as("a month and a day in it agree").isEmpty();
    }

    @Test
    void differentNumbersForTheSameFigureConflict() {
        StructuredClaim five = figure(1, 5000);
        StructuredClaim half = figure(2, 2500);
        assertThat(kinds(five, half)).containsExactly(ConflictKind.FIGURE);
        assertThat(kinds(five, figure(2, 5000))).isEmpty();
    }

    @Test
    void propositionsAreSeparatedByObjectFamilyAndYearUntimedClaimsTakeTheirSourcesYear() {
        StructuredClaim untimed = new StructuredClaim(nextId++, 3, "source 3", "2020-05-02", "ada", IRAN, "Iran",
                "backed", KAZIMI, "al-Kazimi", null, null, null, "quote", null, false);
        List<Proposition> propositions = Propositions.of(List.of(claim(1, IRAN, "backed", KAZIMI, "2020"),
                claim(2, IRAN, "backed", KAZIMI, "2018"), claim(1, IRAN, "funded", KAZIMI, "2020"), untimed),
                VOCABULARY);
        assertThat(propositions).extracting(Proposition::title).containsExactlyInAnyOrder(
                "stance towards al-Kazimi, 2020", "stance towards al-Kazimi, 2018",
                "material support towards al-Kazimi, 2020");
        assertThat(propositions).filteredOn(p -> p.title().equals("stance towards al-Kazimi, 2020")).singleElement()
                .satisfies(p -> assertThat(p.sources()).isEqualTo(2));
    }

    private static List<ConflictKind> kinds(StructuredClaim... claims) {
        return Propositions.of(List.of(claims), VOCABULARY).stream().flatMap(p -> p.conflicts().stream())
                .map(Conflict::kind).toList();
    }

    private static StructuredClaim claim(long document, long subject, String relation, long object, String time) {
        return new StructuredClaim(nextId++, document, "source " + document, null, "ada", subject, name(subject),
                relation, object, name(object), time, "certain", null, "quote", null, false);
    }

    private static StructuredClaim attributed(StructuredClaim claim, String according) {
        return new StructuredClaim(claim.codingId(), claim.documentId(), claim.source(), claim.sourceDate(),
                claim.coder(), claim.subjectId(), claim.subject(), claim.relation(), claim.objectId(), claim.object(),
                claim.time(), claim.certainty(), according, claim.quote(), claim.figure(), claim.gold());
    }

    private static StructuredClaim figure(long document, double quantity) {
        return new StructuredClaim(nextId++, document, "source " + document, null, "ada", USA, name(USA), "reported",
                TROOPS, name(TROOPS), "2020", null, null, "quote", quantity, false);
    }

    private static String name(long id) {
        return Map.of(IRAN, "Iran", KAZIMI, "al-Kazimi", MILITIA, "Kata'ib Hezbollah", USA, "United States", TROOPS,
                "US troops in Iraq").get(id);
    }
}
