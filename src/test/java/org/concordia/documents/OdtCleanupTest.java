package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.CleanupStep;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.service.DocumentCleanup;
import org.concordia.documents.service.ExtractedText;
import org.concordia.documents.service.TextExtractor;
import org.junit.jupiter.api.Test;

/**
 * OpenDocument texts read from their document model: headings by element or style, list items, footnotes and
 * endnotes as notes with their marks out of the text, and what is not the author's text (a table of contents,
 * review comments, tracked deletions) set apart.
 */
class OdtCleanupTest {

    private static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final String STYLES = """
            <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
            <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body"/>
            """;

    private static final String BODY = """
            <text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
              <text:p>A sentence the author deleted.</text:p></text:deletion></text:changed-region></text:tracked-changes>
            <text:p text:style-name="P1">Iraq after the elections</text:p>
            <text:table-of-content text:name="Contents"><text:index-body>
              <text:p>Introduction<text:tab/>1</text:p></text:index-body></text:table-of-content>
            <text:h text:outline-level="1">Introduction</text:h>
            <text:p text:style-name="P2">The elections were<text:s text:c="2"/>contested.<text:note text:id="ftn1"
              text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>
              <text:p>Waltz, Theory of International Politics, 1979, p. 105.</text:p></text:note-body></text:note>
              Observers were kept <text:span>away</text:span> from the count.<office:annotation><dc:creator>Irene</dc:creator>
              <text:p>Check this against the second report.</text:p></office:annotation></text:p>
            <text:list><text:list-item><text:p>The Sadrists</text:p></text:list-item>
              <text:list-item><text:p>The Fatah alliance<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation>
              <text:note-body><text:p>Formed in 2018.</text:p></text:note-body></text:note></text:p></text:list-item></text:list>
            <table:table><table:table-row><table:table-cell><text:p>Seats won by the Sadrists: 54.</text:p>
              </table:table-cell></table:table-row></table:table>
            <text:bibliography text:name="Bibliography"><text:index-body>
              <text:p>Waltz, K. (1979). Theory of International Politics.</text:p></text:index-body></text:bibliography>
            """;

    @Test
    void headingsListsAndNotesComeFromTheDocumentModel() throws Exception {
        byte[] odt = Fixtures.odt(BODY, STYLES);
        ExtractedText extracted = new TextExtractor().extract("report.odt", odt);

        DocumentCleanup.Result result = new DocumentCleanup().clean(extracted.mediaType(), odt, extracted.text(),
                CleanupChoices.NONE);
        CleanedText cleaned = result.cleaned();

        assertThat(extracted.mediaType()).isEqualTo(ODT);
        assertThat(texts(cleaned, PassageKind.HEADING)).containsExactly("Iraq after the elections", "Introduction");
        assertThat(texts(cleaned, PassageKind.PARAGRAPH)).containsExactly(
                "The elections were contested. Observers were kept away from the count.",
                "Seats won by the Sadrists: 54.");
        assertThat(texts(cleaned, PassageKind.BULLET)).containsExactly("The Sadrists", "The Fatah alliance");
        assertThat(texts(cleaned, PassageKind.NOTE)).as("footnote and endnote after the text, with their marks")
                .containsExactly("1 Waltz, Theory of International Politics, 1979, p. 105.", "i Formed in 2018.",
                        "Waltz, K. (1979). Theory of International Politics.");
        assertThat(cleaned.text()).as("tracked deletions are not the document's text")
                .doesNotContain("the author deleted");
        assertThat(result.steps()).filteredOn(s -> s.kind() == CleanupKind.BOILERPLATE)
                .extracting(CleanupStep::reason).as("the table of contents and the review comment, each with its reason")
                .anyMatch(r -> r.contains("table of contents")).anyMatch(r -> r.contains("review comment in the file by Irene"));
        assertThat(result.steps()).extracting(CleanupStep::kind).contains(CleanupKind.NOTE_MARKER, CleanupKind.NOTE);
    }

    @Test
    void undoingADecisionPutsTheTextBack() throws Exception {
        byte[] odt = Fixtures.odt(BODY, STYLES);
        DocumentCleanup.Result first = new DocumentCleanup().clean(ODT, odt, "", CleanupChoices.NONE);
        CleanupStep marker = first.steps().stream().filter(s -> s.kind() == CleanupKind.NOTE_MARKER).findFirst()
                .orElseThrow();
        CleanupStep comment = first.steps().stream().filter(s -> s.reason().contains("review comment")).findFirst()
                .orElseThrow();

        DocumentCleanup.Result again = new DocumentCleanup().clean(ODT, odt, "",
                CleanupChoices.NONE.toggled(marker.key()).toggled(comment.key()));

        assertThat(texts(again.cleaned(), PassageKind.PARAGRAPH)).first().asString()
                .startsWith("The elections were contested.1 Observers");
        assertThat(texts(again.cleaned(), PassageKind.NOTE)).contains("Check this against the second report.");
    }

    @Test
    void aBrokenContentXmlFallsBackToTheExtractedText() {
        byte[] notXml = Fixtures.zip(java.util.Map.of("content.xml", "<office:document-content".getBytes()));

        DocumentCleanup.Result result = new DocumentCleanup().clean(ODT, notXml, "A paragraph Tika could read.",
                CleanupChoices.NONE);

        assertThat(texts(result.cleaned(), PassageKind.PARAGRAPH)).containsExactly("A paragraph Tika could read.");
    }

    private static List<String> texts(CleanedText cleaned, PassageKind kind) {
        return cleaned.passages().stream().filter(p -> p.kind() == kind).map(cleaned::textOf).toList();
    }
}
