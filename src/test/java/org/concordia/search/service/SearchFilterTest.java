package org.concordia.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.SourceType;
import org.concordia.search.model.SearchFilter;
import org.junit.jupiter.api.Test;

/** Which documents a search's filters keep. */
class SearchFilterTest {

    private static final DocumentMetadata WIRE = new DocumentMetadata("Wire", null, "Baghdad Wire",
            LocalDate.of(2020, 5, 7), null, SourceType.NEWS_ARTICLE, null);
    private static final DocumentMetadata UNDATED = new DocumentMetadata("Statement", null, null, null, null,
            SourceType.OFFICIAL_STATEMENT, null);

    @Test
    void eachFilterKeepsWhatItNamesAndNothingElse() {
        assertThat(SearchFilter.none().accepts(WIRE, null)).isTrue();
        assertThat(SearchFilter.none().isEmpty()).isTrue();
        assertThat(SearchFilter.none().withOutlet("Baghdad Wire").accepts(WIRE, "en")).isTrue();
        assertThat(SearchFilter.none().withOutlet("Gulf Review").accepts(WIRE, "en")).isFalse();
        assertThat(SearchFilter.none().withSourceType(SourceType.JOURNAL_ARTICLE).accepts(WIRE, "en")).isFalse();
        assertThat(SearchFilter.none().withOutlet("  ").withCoder(" ").withLanguage("").isEmpty())
                .as("blanks are no filter").isTrue();
    }

    @Test
    void aLanguageKeepsDocumentsFoundToBeInItAndLeavesOutThoseNotKnown() {
        SearchFilter arabic = SearchFilter.none().withLanguage("ar");
        assertThat(arabic.accepts(WIRE, "ar")).isTrue();
        assertThat(arabic.accepts(WIRE, "en")).isFalse();
        assertThat(arabic.accepts(WIRE, null)).as("a document whose language is not known").isFalse();
        assertThat(arabic.byCoding()).as("a document filter").isFalse();
    }

    @Test
    void aDateRangeIncludesItsEndsAndLeavesOutUndatedDocuments() {
        assertThat(SearchFilter.none().withPublished(LocalDate.of(2020, 5, 7), LocalDate.of(2020, 5, 7))
                .accepts(WIRE, null)).as("both ends included").isTrue();
        assertThat(SearchFilter.none().withPublished(LocalDate.of(2020, 5, 8), null).accepts(WIRE, null)).isFalse();
        assertThat(SearchFilter.none().withPublished(null, LocalDate.of(2020, 5, 6)).accepts(WIRE, null)).isFalse();
        assertThat(SearchFilter.none().withPublished(LocalDate.of(2000, 1, 1), null).accepts(UNDATED, null))
                .as("a document without a date is in no range").isFalse();
    }

    @Test
    void codingFiltersKeepPassagesAndAnAttributeNeedsAValue() {
        assertThat(SearchFilter.none().withClaimType(7L).byCoding()).isTrue();
        assertThat(SearchFilter.none().withGoldOnly(true).byCoding()).isTrue();
        assertThat(SearchFilter.none().withAttribute("actor", "Iran").byCoding()).isTrue();
        SearchFilter noValue = SearchFilter.none().withAttribute("actor", " ");
        assertThat(noValue.attribute()).as("an attribute without a value filters nothing").isNull();
        assertThat(noValue.isEmpty()).isTrue();
        assertThat(SearchFilter.none().withState(ConsensusState.DISPUTED).isEmpty()).isFalse();
    }

    @Test
    void aCoderKeepsHerFiltersButNotThoseOfReviewers() {
        SearchFilter asked = SearchFilter.none().withOutlet("Baghdad Wire").withClaimType(7L)
                .withAttribute("actor", "Iran").withCoder("ada").withState(ConsensusState.AGREED).withGoldOnly(true);
        SearchFilter hers = asked.forCoder();
        assertThat(hers.outlet()).isEqualTo("Baghdad Wire");
        assertThat(hers.claimTypeId()).isEqualTo(7L);
        assertThat(hers.attributeValue()).isEqualTo("Iran");
        assertThat(hers.coder()).isNull();
        assertThat(hers.state()).isNull();
        assertThat(hers.goldOnly()).isFalse();
    }
}
