package org.concordia.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a query asks for, with entities' names standing for each other. */
class QueryPlanTest {

    private static final QueryPlan.Entity PRIME_MINISTER = new QueryPlan.Entity("Mustafa al-Kadhimi",
            List.of("Mustafa al-Kadhimi", "Mustafa al-Kazimi", "Mustafa Al-Kazemi"));
    private static final QueryPlan.Entity PMF = new QueryPlan.Entity("Popular Mobilization Forces",
            List.of("Popular Mobilization Forces", "PMU"));

    @Test
    void eachWordIsAGroupOfItself() {
        assertThat(QueryPlan.of("Iran backed", List.of(PRIME_MINISTER)).groups())
                .containsExactly(List.of(List.of("iran")), List.of(List.of("back")));
    }

    @Test
    void aSpellingOfAnEntityStandsForEverySpellingOfIt() {
        QueryPlan plan = QueryPlan.of("al-Kadhimi", List.of(PRIME_MINISTER, PMF));
        assertThat(plan.groups()).as("the article goes, the distinctive part of each name stays")
                .containsExactly(List.of(List.of("kadhimi"), List.of("kazimi"), List.of("kazemi")));
        assertThat(plan.alsoSearched()).containsExactly("Mustafa al-Kadhimi: Mustafa al-Kazimi, Mustafa Al-Kazemi");
        assertThat(plan.terms()).containsExactlyInAnyOrder("kadhimi", "kazimi", "kazemi");
    }

    @Test
    void anEntitysFullNameAsksForItsDistinctivePartOnly() {
        QueryPlan plan = QueryPlan.of("Mustafa al-Kadhimi", List.of(PRIME_MINISTER, PMF));
        assertThat(plan.groups()).as("a source that writes only \"al-Kazimi\" mentions him too")
                .containsExactly(List.of(List.of("kadhimi"), List.of("kazimi"), List.of("kazemi")));
        assertThat(QueryPlan.of("Iran backed Mustafa al-Kazimi", List.of(PRIME_MINISTER)).groups())
                .as("the words beside the name still count").hasSize(3).startsWith(List.of(List.of("iran")));
    }

    @Test
    void anAcronymFindsTheNameItStandsForWordForWord() {
        assertThat(QueryPlan.of("PMU", List.of(PMF)).groups()).containsExactly(
                List.of(List.of("popular", "mobil", "forc"), List.of("pmu")));
    }

    @Test
    void aWordAllTheNamesShareIsNoEntityOfItsOwn() {
        assertThat(QueryPlan.of("Mustafa", List.of(PRIME_MINISTER)).groups())
                .containsExactly(List.of(List.of("mustafa")));
    }

    @Test
    void anEmptyQueryAsksForNothing() {
        assertThat(QueryPlan.of(" ,; ", List.of(PRIME_MINISTER)).isEmpty()).isTrue();
    }

    @Test
    void aValueMatchesWhenItSaysEveryWordOrAnotherNameOfTheEntity() {
        QueryPlan kadhimi = QueryPlan.of("al-Kadhimi", List.of(PRIME_MINISTER, PMF));
        assertThat(kadhimi.matches("Mustafa Al-Kazemi")).as("another spelling of the man").isTrue();
        assertThat(kadhimi.matches("al Kadhimi")).isTrue();
        assertThat(kadhimi.matches("Iran")).isFalse();
        assertThat(kadhimi.matches(null)).isFalse();
        QueryPlan pmu = QueryPlan.of("PMU", List.of(PRIME_MINISTER, PMF));
        assertThat(pmu.matches("the Popular Mobilization Forces")).as("an acronym for its name").isTrue();
        QueryPlan twoWords = QueryPlan.of("accepted rival", List.of());
        assertThat(twoWords.matches("accepting him to block a rival")).as("every word, in any form").isTrue();
        assertThat(twoWords.matches("accepted")).as("one word missing").isFalse();
        assertThat(QueryPlan.of(" ", List.of()).matches("anything")).as("an empty value matches nothing").isFalse();
    }
}
