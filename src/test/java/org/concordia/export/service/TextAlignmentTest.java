package org.concordia.export.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.concordia.export.service.TextAlignment.Span;
import org.junit.jupiter.api.Test;

/** Selections made in another tool's plain text land on the same words of the text Concordia's clean-up made. */
class TextAlignmentTest {

    @Test
    void aSelectionFollowsItsWordsAcrossJoinedLinesAndAMendedHyphen() {
        String tool = "The mini-\nster of the\ninterior said that Iran backed\nhim. Others disagreed.";
        String cleaned = "The minister of the interior said that Iran backed him. Others disagreed.";

        assertThat(quote(tool, cleaned, "Iran backed\nhim.")).contains("Iran backed him.");
        assertThat(quote(tool, cleaned, "interior said")).contains("interior said");
        assertThat(quote(tool, cleaned, "Others disagreed")).contains("Others disagreed");
    }

    @Test
    void aSelectionOfTextTheCleanUpRemovedHasNoPlace() {
        String tool = "Gulf Studies 12 (2020)\n\nIran backed him.\n\nGulf Studies 12 (2020)\n\nOthers disagreed.";
        String cleaned = "Iran backed him.\n\nOthers disagreed.";

        assertThat(quote(tool, cleaned, "Gulf Studies 12 (2020)")).isEmpty();
        assertThat(quote(tool, cleaned, "Others disagreed.")).contains("Others disagreed.");
    }

    @Test
    void aRemovedHeaderDoesNotLandOnAStrayWordItShares() {
        String tool = "Paragraph 11 ends here.\nGulf Studies 12 (2020)\nParagraph 12 begins here.";
        String cleaned = "Paragraph 11 ends here.\n\nParagraph 12 begins here.";

        assertThat(quote(tool, cleaned, "Gulf Studies 12 (2020)")).isEmpty();
    }

    @Test
    void aSelectionStartingOrEndingInsideAWordKeepsThatPartOfIt() {
        String tool = "Parliament   approved the cabinet.";
        String cleaned = "Parliament approved the cabinet.";

        assertThat(quote(tool, cleaned, "proved the cab")).contains("proved the cab");
    }

    @Test
    void offsetsAreCodePointsOnBothSides() {
        String tool = "\uD83D\uDCF0 \u0642\u0627\u0644 \u0627\u0644\u0643\u0627\u0638\u0645\u064A:\n\u0646\u0639\u0645.";
        String cleaned = "\uD83D\uDCF0\n\n\u0642\u0627\u0644 \u0627\u0644\u0643\u0627\u0638\u0645\u064A: \u0646\u0639\u0645.";
        int start = tool.codePointCount(0, tool.indexOf("\u0627\u0644\u0643"));
        int end = tool.codePointCount(0, tool.indexOf(':') + 1);

        Optional<Span> span = TextAlignment.between(tool, cleaned).map(start, end);

        assertThat(span).isPresent();
        int from = cleaned.offsetByCodePoints(0, span.get().start());
        int to = cleaned.offsetByCodePoints(0, span.get().end());
        assertThat(cleaned.substring(from, to)).isEqualTo("\u0627\u0644\u0643\u0627\u0638\u0645\u064A:");
    }

    @Test
    void aLongDocumentIsAlignedOnItsWordsAndTwoUnrelatedTextsAreNotForcedTogether() {
        StringBuilder tool = new StringBuilder();
        StringBuilder cleaned = new StringBuilder();
        for (int page = 1; page <= 400; page++) {
            tool.append("Gulf Studies 12 (2020)\n");
            for (int line = 1; line <= 6; line++) {
                String words = "Report " + page + "-" + line + " says the council met on day " + (page * 7 + line)
                        + " and\n";
                tool.append(words);
                cleaned.append(words.replace('\n', ' '));
            }
            cleaned.append("\n\n");
        }
        String selected = "Report 250-3 says the council met on day 1753";
        int start = tool.indexOf(selected);

        Optional<Span> span = TextAlignment.between(tool.toString(), cleaned.toString()).map(start,
                start + selected.length());

        assertThat(span.map(s -> cleaned.substring(s.start(), s.end()))).contains(selected);
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            other.append("word").append(i % 97).append(' ');
        }
        assertThat(TextAlignment.between(tool.toString(), other.toString()).map(start, start + selected.length()))
                .as("nothing in common: no place, and found at once").isEmpty();
    }

    @Test
    void aPdfRegionsTextIsFoundWhateverItsWhiteSpace() {
        String text = "Recipe.\n\nfavoritos. Dificultad: Media\nTiempo: 2 horas 30 minutos Porciones: 8";

        Optional<Span> span = TextAlignment.find(text, "favoritos.Dificultad: MediaTiempo: 2 horas ");

        assertThat(span).isPresent();
        assertThat(text.substring(span.get().start(), span.get().end())).isEqualTo(
                "favoritos. Dificultad: Media\nTiempo: 2 horas");
        assertThat(TextAlignment.find(text, "granola")).isEmpty();
    }

    /** What {@code selected} (found in the tool's text) covers once carried onto the cleaned text. */
    private static Optional<String> quote(String tool, String cleaned, String selected) {
        int start = tool.indexOf(selected);
        assertThat(start).as("the selection is in the tool's text").isNotNegative();
        return TextAlignment.between(tool, cleaned).map(start, start + selected.length())
                .map(span -> cleaned.substring(span.start(), span.end()));
    }
}
