package org.concordia.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.claims.service.EntityNames;
import org.junit.jupiter.api.Test;

/** Transliteration variants of the corpus' names fold together; different names stay apart. */
class EntityNamesTest {

    @Test
    void theCorpusSpellingsOfThePrimeMinisterFoldToOneName() {
        assertThat(EntityNames.folded("al-Kadhimi")).isEqualTo("kazimi");
        assertThat(EntityNames.folded("al-Kazimi")).isEqualTo("kazimi");
        assertThat(EntityNames.folded("Mustafa Al-Kazemi")).isEqualTo("mustafa kazimi");
        assertThat(EntityNames.whyAlike("al-Kadhimi", "Al-Kazemi")).isEqualTo("the same name in another transliteration");
        assertThat(EntityNames.whyAlike("Mustafa al-Kadhimi", "al-Kazimi")).isEqualTo("one name is part of the other");
    }

    @Test
    void theMilitiasSpellingsFoldTogetherToo() {
        assertThat(EntityNames.similarity("Kataeb Hezbollah", "Kata'ib Hezbollah")).isEqualTo(1.0);
        assertThat(EntityNames.similarity("Kata\u2019ib Hezbollah", "Kata'ib Hizbullah")).isEqualTo(1.0);
    }

    @Test
    void differentNamesAreNotSuggested() {
        assertThat(EntityNames.whyAlike("al-Kazimi", "al-Zurfi")).isNull();
        assertThat(EntityNames.whyAlike("Iran", "Iraq")).as("short names differ by one letter").isNull();
        assertThat(EntityNames.whyAlike("PMU", "PMF")).as("acronyms are declared, not guessed").isNull();
        assertThat(EntityNames.whyAlike("Badr Organization", "Asa'ib Ahl al-Haq")).isNull();
    }

    @Test
    void aliasesAreTheSameWhenOnlyCaseSpacingOrApostrophesDiffer() {
        assertThat(EntityNames.lookupKey(" Kata\u2019ib  Hezbollah ")).isEqualTo(EntityNames.lookupKey("kata'ib hezbollah"));
        assertThat(EntityNames.lookupKey("al-Kadhimi")).isNotEqualTo(EntityNames.lookupKey("al-Kazimi"));
    }

    @Test
    void typingAnotherTransliterationFindsTheRegisteredName() {
        assertThat(EntityNames.matchRank("Kataeb", "Kata'ib Hezbollah")).isZero();
        assertThat(EntityNames.matchRank("kata", "Kata\u2019ib Hezbollah")).isZero();
        assertThat(EntityNames.matchRank("Kazemi", "Mustafa al-Kadhimi")).as("a later word").isEqualTo(1);
        assertThat(EntityNames.matchRank("hezbollah", "Kata'ib Hezbollah")).isEqualTo(1);
        assertThat(EntityNames.matchRank("Kadimi", "Mustafa al-Kadhimi")).as("a near spelling of a word")
                .isEqualTo(3);
        assertThat(EntityNames.matchRank("Zurfi", "Mustafa al-Kadhimi")).isNegative();
        assertThat(EntityNames.matchRank("  ", "Iran")).isNegative();
    }

    @Test
    void theStartOfANameRanksBeforeAWordInsideIt() {
        assertThat(EntityNames.matchRank("Iran", "Iran")).isLessThan(EntityNames.matchRank("Iran", "Iraj Masjedi"
                + " of Iran"));
    }
}
