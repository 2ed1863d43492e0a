package org.concordia.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
        assertThat(SearchFilter.none().accepts(WIRE)).isTrue();
        assertThat(SearchFilter.none().isEmpty()).isTrue();
        assertThat(new SearchFilter("Baghdad Wire", null, null, null, null, null).accepts(WIRE)).isTrue();
        assertThat(new SearchFilter("Gulf Review", null, null, null, null, null).accepts(WIRE)).isFalse();
        assertThat(new SearchFilter(null, SourceType.JOURNAL_ARTICLE, null, null, null, null).accepts(WIRE))
                .isFalse();
        assertThat(new SearchFilter("  ", null, null, null, null, " ").isEmpty()).as("blanks are no filter").isTrue();
    }

    @Test
    void aDateRangeIncludesItsEndsAndLeavesOutUndatedDocuments() {
        assertThat(new SearchFilter(null, null, LocalDate.of(2020, 5, 7), LocalDate.of(2020, 5, 7), null, null)
                .accepts(WIRE)).as("both ends included").isTrue();
        assertThat(new SearchFilter(null, null, LocalDate.of(2020, 5, 8), null, null, null).accepts(WIRE)).isFalse();
        assertThat(new SearchFilter(null, null, null, LocalDate.of(2020, 5, 6), null, null).accepts(WIRE)).isFalse();
        assertThat(new SearchFilter(null, null, LocalDate.of(2000, 1, 1), null, null, null).accepts(UNDATED))
                .as("a document without a date is in no range").isFalse();
        assertThat(new SearchFilter(null, null, null, null, 7L, null).byCoding()).isTrue();
    }
}
