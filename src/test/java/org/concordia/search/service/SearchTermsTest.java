package org.concordia.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terms passages and queries meet on. */
class SearchTermsTest {

    @Test
    void englishWordsAreStemmedAndPossessivesDropped() {
        assertThat(SearchTerms.terms("Iran backed him; backing, backs")).containsExactly("iran", "back", "him");
        assertThat(SearchTerms.terms("al-Kadhimi's nomination")).containsExactly("al", "kadhimi", "nomin");
    }

    @Test
    void caseAccentsAndApostrophesDoNotCount() {
        assertThat(SearchTerms.terms("Kata'ib")).isEqualTo(SearchTerms.terms("KATA\u2019IB"))
                .isEqualTo(SearchTerms.terms("Kataib"));
        assertThat(SearchTerms.terms("Zürich Café")).containsExactly("zurich", "cafe");
    }

    @Test
    void arabicIsNormalisedAndLightlyStemmed() {
        assertThat(SearchTerms.terms("الكاظمي")).isEqualTo(SearchTerms.terms("كاظمي"));
        assertThat(SearchTerms.terms("إيران")).isEqualTo(SearchTerms.terms("ايران"));
        assertThat(SearchTerms.terms("مدرسة")).isEqualTo(SearchTerms.terms("مدرسه"));
    }

    @Test
    void tokensKnowWhereTheyStandAndTheStoredFormFindsWholeTermsOnly() {
        assertThat(SearchTerms.tokens("Iran backed al-Kadhimi")).extracting(SearchTerms.Token::start)
                .containsExactly(0, 5, 12, 15);
        assertThat(SearchTerms.indexed("Iran backed Iran")).isEqualTo(" iran back ");
        assertThat(SearchTerms.indexed("  ")).isEmpty();
    }
}
