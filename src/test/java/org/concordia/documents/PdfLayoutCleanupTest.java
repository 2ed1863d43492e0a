package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.CleanupStep;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.service.DocumentCleanup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PDFs set as journals set them (written here with PDFBox): clean-up reads structure from the layout, in one and
 * two columns, with page numbers in three digit systems.
 */
class PdfLayoutCleanupTest {

    private static final String[] SENTENCES = {
        "The parties disagreed about the timing of the vote and about the role the federal courts should play.",
        "Several observers reported that the count in the southern provinces was delayed by several days.",
        "Militia leaders met the prime minister twice before the budget was presented to the parliament.",
        "The ministry denied that any foreign government had shaped its decision on the appointment.",
        "Protesters returned to the squares after the new cabinet was sworn in without their demands met.",
        "Negotiations between the blocs continued through the summer, with frequent interruptions and walkouts.",
    };

    static Stream<Arguments> layouts() {
        IntFunction<String> latin = String::valueOf;
        IntFunction<String> arabicIndic = n -> digits(n, '\u0660');
        IntFunction<String> persian = n -> digits(n, '\u06F0');
        return Stream.of(
                Arguments.of("one column, Latin page numbers", false, latin),
                Arguments.of("two columns, Arabic-Indic page numbers", true, arabicIndic),
                Arguments.of("two columns, Persian page numbers", true, persian));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void aJournalArticleComesOutAsItsBodyInReadingOrderWithNotesApart(String layout, boolean twoColumns,
            IntFunction<String> pageNumbers) throws Exception {
        byte[] pdf = article(twoColumns, pageNumbers).toPdf();

        DocumentCleanup.Result result = new DocumentCleanup().clean("application/pdf", pdf, tikaText(pdf),
                CleanupChoices.NONE);
        CleanedText cleaned = result.cleaned();
        List<String> paragraphs = texts(cleaned, PassageKind.PARAGRAPH);
        List<String> notes = texts(cleaned, PassageKind.NOTE);

        assertThat(cleaned.text()).as("no running header or footer is left")
                .doesNotContain("Journal of Regional Affairs").doesNotContain("Downloaded from");
        assertThat(paragraphs).as("no page number is left in the text")
                .noneMatch(p -> p.matches("(?s).*(^|\\s)(" + pageNumbers.apply(1) + "|" + pageNumbers.apply(2) + ")(\\s|$).*"));
        assertThat(texts(cleaned, PassageKind.HEADING)).as("headings from their size and weight")
                .containsSubsequence("Iraq's Contested Transition", "Introduction", "The contested election",
                        "Forming the government");
        assertThat(paragraphs).as("every paragraph is whole: none starts in lower case, none mixes in a note")
                .noneMatch(p -> Character.isLowerCase(p.codePointAt(0)))
                .noneMatch(p -> p.contains("Waltz") || p.contains("Interview with"));
        assertThat(paragraphs).as("paragraphs in reading order (columns one after the other)")
                .containsSubsequence(paragraphs.stream().filter(p -> p.startsWith("Alpha")).findFirst().orElseThrow(),
                        paragraphs.stream().filter(p -> p.startsWith("Beta")).findFirst().orElseThrow(),
                        paragraphs.stream().filter(p -> p.startsWith("Gamma")).findFirst().orElseThrow(),
                        paragraphs.stream().filter(p -> p.startsWith("Delta")).findFirst().orElseThrow());
        assertThat(paragraphs).as("a hyphenated line end is joined where the word is a word")
                .anyMatch(p -> p.contains("international observers"))
                .noneMatch(p -> p.contains("interna- tional") || p.contains("interna-tional"));
        assertThat(notes).as("footnotes are notes, whole")
                .anyMatch(n -> n.contains("Waltz, Theory of International Politics, 1979, p. 105"))
                .anyMatch(n -> n.contains("Interview with a member of parliament, Baghdad"));
        assertThat(cleaned.text()).as("footnote markers are gone from the text")
                .contains("bargaining. Several").doesNotContain("bargaining.1");
        assertThat(result.steps()).extracting(CleanupStep::kind).as("the decisions are listed")
                .contains(CleanupKind.PAGE_NUMBER, CleanupKind.RUNNING_LINE, CleanupKind.NOTE,
                        CleanupKind.NOTE_MARKER, CleanupKind.HYPHEN_JOIN);
    }

    @Test
    void aPageNumberRestoredComesBackInTheText() throws Exception {
        byte[] pdf = article(false, String::valueOf).toPdf();
        DocumentCleanup cleanup = new DocumentCleanup();
        DocumentCleanup.Result first = cleanup.clean("application/pdf", pdf, tikaText(pdf), CleanupChoices.NONE);
        CleanupStep footer = first.steps().stream().filter(s -> s.kind() == CleanupKind.RUNNING_LINE).findFirst()
                .orElseThrow();

        DocumentCleanup.Result again = cleanup.clean("application/pdf", pdf, tikaText(pdf),
                CleanupChoices.NONE.toggled(footer.key()));

        assertThat(again.cleaned().text()).contains(footer.text());
        assertThat(again.steps()).filteredOn(s -> s.key().equals(footer.key())).singleElement()
                .extracting(CleanupStep::undone).isEqualTo(true);
    }

    static PdfFixture article(boolean twoColumns, IntFunction<String> pageNumbers) {
        PdfFixture pdf = PdfFixture.article().runningHeader("Journal of Regional Affairs, Vol. 8, No. 2")
                .runningFooter("Downloaded from example.org on 3 March 2025").pageNumbers(pageNumbers).hyphenated()
                .note("Waltz, Theory of International Politics, 1979, p. 105; see also Mearsheimer, 2001.")
                .note("Interview with a member of parliament, Baghdad, 12 May 2020.")
                .heading("Iraq's Contested Transition")
                .heading("Introduction")
                .paragraph("Alpha. The elections of 2018 were followed by months of bargaining.^1 Several parties"
                        + " claimed that international observers had been kept away. " + SENTENCES[0] + " "
                        + SENTENCES[1] + " " + SENTENCES[2])
                .paragraph("Beta. " + SENTENCES[3] + " " + SENTENCES[4] + " " + SENTENCES[5] + " " + SENTENCES[0]
                        + " " + SENTENCES[1])
                .heading("The contested election")
                .paragraph("Gamma. " + SENTENCES[2] + " The council heard the complaints of all the parties.^2 "
                        + SENTENCES[3] + " " + SENTENCES[4] + " " + SENTENCES[5] + " " + SENTENCES[0])
                .heading("Forming the government");
        for (int i = 0; i < 8; i++) {
            pdf.paragraph((i == 0 ? "Delta. " : "") + SENTENCES[i % 6] + " " + SENTENCES[(i + 1) % 6] + " "
                    + SENTENCES[(i + 2) % 6] + " " + SENTENCES[(i + 3) % 6]);
        }
        return twoColumns ? pdf.twoColumns() : pdf;
    }

    static String tikaText(byte[] pdf) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (var in = TikaInputStream.get(pdf)) {
            new AutoDetectParser().parse(in, handler, new Metadata());
        }
        return handler.toString();
    }

    private static String digits(int n, char zero) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append((char) (zero + (c - '0')));
        }
        return out.toString();
    }

    private static List<String> texts(CleanedText cleaned, PassageKind kind) {
        return cleaned.passages().stream().filter(p -> p.kind() == kind).map(cleaned::textOf).toList();
    }
}
