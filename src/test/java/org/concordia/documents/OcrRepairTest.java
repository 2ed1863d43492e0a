package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.OcrSuggestion;
import org.concordia.documents.service.DocumentCleanup;
import org.concordia.documents.service.OcrRepair;
import org.junit.jupiter.api.Test;

/** OCR misreadings found by the dictionary and the document's own words, and corrected everywhere in one go. */
class OcrRepairTest {

    private static final String SCAN = """
            The war in Irag changed the balance of power. lran supported several militias in Iraq after 2003,
            and Iraq's new government depended on them. The rise of 1SIS in 2014 brought Iran and the United States
            to fight the same enemy in Iraq. The governrnent in Baghdad asked for help; Iran sent advisers to Irag.
            ISIS lost Mosul in 2017. The Kurdish parties kept their own forces. Iraq held elections in 2018.
            Muqtada al-Sadr won the most seats. The Sadrists and the Fatah alliance formed the government.
            """;

    @Test
    void misreadWordsAreSuggestedWithTheWordTheyAre() {
        List<OcrSuggestion> suggestions = OcrRepair.suggestions(SCAN, Map.of());

        assertThat(suggestions).extracting(OcrSuggestion::word, OcrSuggestion::replacement).contains(
                org.assertj.core.groups.Tuple.tuple("Irag", "Iraq"),
                org.assertj.core.groups.Tuple.tuple("lran", "Iran"),
                org.assertj.core.groups.Tuple.tuple("1SIS", "ISIS"),
                org.assertj.core.groups.Tuple.tuple("governrnent", "government"));
        assertThat(suggestions).filteredOn(s -> s.word().equals("Irag")).singleElement()
                .extracting(OcrSuggestion::occurrences).isEqualTo(2);
        assertThat(suggestions).extracting(OcrSuggestion::word).as("real words and names are left alone")
                .doesNotContain("Iraq", "Sadrists", "Fatah", "Mosul", "Muqtada", "Kurdish");
    }

    @Test
    void aCorrectionAppliesToEveryOccurrenceAndIsRecorded() {
        DocumentCleanup.Result result = new DocumentCleanup().clean("text/plain", SCAN.getBytes(), SCAN,
                CleanupChoices.NONE.correcting(Map.of("Irag", "Iraq", "lran", "Iran")));

        assertThat(result.cleaned().text()).doesNotContain("Irag").doesNotContain("lran")
                .contains("The war in Iraq changed").contains("advisers to Iraq.");
        assertThat(result.steps()).anyMatch(s -> s.text().equals("Irag \u2192 Iraq"));
        assertThat(OcrRepair.suggestions(result.cleaned().text(), Map.of())).extracting(OcrSuggestion::word)
                .doesNotContain("Irag", "lran");
    }

    @Test
    void wordsOcrSplitInTwoAreSuggestedJoinedAndPairsOfWordsAreLeftAlone() {
        String scan = """
                The interna tional coalition met in Baghdad. The govern ment of Iraq asked the coalition to stay,
                and the international press reported it. Parliament voted in to the night; a round of talks followed.
                Some times the government spoke for the militias, some times against them.
                """;

        List<OcrSuggestion> suggestions = OcrRepair.suggestions(scan, Map.of());

        assertThat(suggestions).extracting(OcrSuggestion::word, OcrSuggestion::replacement).contains(
                org.assertj.core.groups.Tuple.tuple("interna tional", "international"),
                org.assertj.core.groups.Tuple.tuple("govern ment", "government"));
        assertThat(suggestions).extracting(OcrSuggestion::word).as("two real words are as likely meant as split")
                .doesNotContain("in to", "a round", "Some times", "some times");

        DocumentCleanup.Result corrected = new DocumentCleanup().clean("text/plain", scan.getBytes(), scan,
                CleanupChoices.NONE.correcting(Map.of("govern ment", "government")));
        assertThat(corrected.cleaned().text()).contains("The government of Iraq").doesNotContain("govern ment");
    }
}
