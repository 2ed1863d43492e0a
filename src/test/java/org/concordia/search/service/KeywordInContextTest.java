package org.concordia.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordia.search.model.SearchHit;
import org.junit.jupiter.api.Test;

/** A passage shown around its first hit, the hits marked. */
class KeywordInContextTest {

    @Test
    void theHitsAreMarkedPiecesOfTheTextAsItIs() {
        List<SearchHit.Piece> pieces = SearchService.context("Iran backed al-Kazimi, not Kata'ib Hezbollah.",
                Set.of("kazimi", "back"));
        assertThat(pieces.stream().map(SearchHit.Piece::text).collect(Collectors.joining()))
                .isEqualTo("Iran backed al-Kazimi, not Kata'ib Hezbollah.");
        assertThat(pieces).filteredOn(SearchHit.Piece::hit).extracting(SearchHit.Piece::text)
                .containsExactly("backed", "Kazimi");
    }

    @Test
    void aLongPassageIsCutAroundTheFirstHitAtWordBoundaries() {
        String text = "word ".repeat(100) + "Kadhimi " + "more ".repeat(100);
        String line = SearchService.context(text, Set.of("kadhimi")).stream().map(SearchHit.Piece::text)
                .collect(Collectors.joining());
        assertThat(line).startsWith("\u2026word").endsWith("more\u2026").contains("Kadhimi");
        assertThat(line.length()).isLessThan(text.length() / 2);
    }

    @Test
    void memosAreSearchedForTheWordsAsTyped() {
        assertThat(SearchService.noteWords("The ambassador's  al-Kadhimi, 2020!"))
                .containsExactly("the", "ambassador", "al", "kadhimi", "2020");
        assertThat(SearchService.noteWords("الكاظمي a")).as("Arabic words too;"
                + " single letters are no words").containsExactly("الكاظمي");
        assertThat(SearchService.noteWords("one two three four five six seven eight nine")).hasSize(QueryPlan.MOST);
    }
}
