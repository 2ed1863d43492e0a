package org.concordia.coding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordia.search.model.DocumentHits;
import org.concordia.search.model.SearchHit;
import org.concordia.search.model.SearchResult;
import org.junit.jupiter.api.Test;

/** Find in the document steps through the passages found and goes round at either end. */
class FindInDocumentTest {

    private static final SearchResult THREE = new SearchResult("Kadhimi", List.of(new DocumentHits(5, "Wire",
            List.of(hit(11, 0), hit(12, 3), hit(13, 9)))), 3, false, List.of());

    @Test
    void stepsThroughThePassagesFoundAndGoesRound() {
        FindInDocument first = FindInDocument.of(THREE, 0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.isCurrent(11)).isTrue();
        assertThat(first.next()).isEqualTo(1);
        assertThat(first.previous()).as("before the first comes the last").isEqualTo(2);
        assertThat(FindInDocument.of(THREE, 2).next()).as("after the last comes the first").isZero();
        assertThat(FindInDocument.of(THREE, 7).current().passageId()).as("a hand-typed hit number goes round")
                .isEqualTo(12);
    }

    @Test
    void nothingFoundHasNoPassageAtHand() {
        FindInDocument none = FindInDocument.of(SearchResult.nothing("Kadhimi"), 3);
        assertThat(none.found()).isFalse();
        assertThat(none.current()).isNull();
        assertThat(none.isCurrent(11)).isFalse();
    }

    private static SearchHit hit(long passage, int position) {
        return new SearchHit(5, passage, position, List.of(new SearchHit.Piece("Kadhimi", true)));
    }
}
