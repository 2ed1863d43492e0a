package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.CleanupStep;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.service.CleanupLog;
import org.concordia.documents.service.PassageAssembler;
import org.concordia.documents.service.SourceBlock;
import org.concordia.documents.service.TextCleaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text as an OCR engine gives a scanned journal article: a running footer on every page (garbled differently on
 * some), page numbers in several digit systems and as OCR misreads them, footnotes at the foot of pages, sentences
 * running on across page breaks and footnotes, numbered section headings, a reference list. Built here page by
 * page, in several styles, so that nothing is tuned to one file.
 */
class ScannedTextCleanupTest {

    private static final String[] SENTENCES = {
        "The parties disagreed about the timing of the vote and the role of the courts.",
        "Several observers reported that the count in the southern provinces was delayed by days.",
        "Militia leaders met the prime minister twice before the budget was presented to parliament.",
        "The ministry denied that any foreign government had shaped its decision on the appointment.",
        "Protesters returned to the squares after the new cabinet was sworn in without their demands met.",
    };

    static Stream<Arguments> styles() {
        return Stream.of(
                Arguments.of("Latin page numbers, a garbled footer", (IntFunction<String>) n -> String.valueOf(n + 10),
                        "-Vol 15, December, 2,2025"),
                Arguments.of("OCR-misread page numbers", (IntFunction<String>) n -> String.valueOf(n + 10)
                        .replace('1', 'l').replace('0', 'O'), "Journal of Regional Affairs - Volume 8"),
                Arguments.of("Arabic-Indic page numbers", (IntFunction<String>) n -> arabicIndic(n + 2),
                        "Middle East Policy Review, Issue 3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void aScannedArticleComesOutAsItsBodyWithNotesApart(String style, IntFunction<String> pageNumber,
            String footer) {
        String scan = scan(pageNumber, footer);
        CleanupLog log = new CleanupLog(CleanupChoices.NONE);
        List<SourceBlock> blocks = new TextCleaner().blocks(scan, log);
        CleanedText cleaned = PassageAssembler.assemble(blocks);
        List<String> body = texts(blocks, PassageKind.PARAGRAPH);

        assertThat(cleaned.text()).as("no page number or footer is left in the text")
                .doesNotContain("Vol 15").doesNotContain("Volume 8").doesNotContain("Issue 3");
        assertThat(body).as("no passage starts in lower case: page breaks and footnotes no longer cut sentences")
                .noneMatch(p -> Character.isLowerCase(p.codePointAt(0)));
        assertThat(body).as("the sentence broken by page 1's foot is whole")
                .anyMatch(p -> p.contains("that had been agreed in the spring of that year, and the courts"));
        assertThat(body).as("footnotes are not part of the body").noneMatch(p -> p.contains("Waltz, 1979"));
        assertThat(texts(blocks, PassageKind.NOTE)).as("footnotes and references are notes")
                .anyMatch(p -> p.contains("Waltz, 1979: 105"))
                .anyMatch(p -> p.contains("Haddad, F. (2020)"));
        assertThat(texts(blocks, PassageKind.HEADING)).as("numbered sections are headings, not bullet items")
                .contains("2. The contested election", "3. Forming the government");
        assertThat(cleaned.text()).as("footnote signs are gone from the text").doesNotContain("\u00AE")
                .doesNotContain("\u2122");
        assertThat(log.steps()).extracting(CleanupStep::kind).as("every removal and join is recorded")
                .contains(CleanupKind.PAGE_NUMBER, CleanupKind.RUNNING_LINE, CleanupKind.NOTE,
                        CleanupKind.NOTE_MARKER, CleanupKind.PAGE_BREAK_JOIN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void aDecisionUndoneStaysUndoneWhenCleanUpRunsAgain(String style, IntFunction<String> pageNumber,
            String footer) {
        String scan = scan(pageNumber, footer);
        CleanupLog first = new CleanupLog(CleanupChoices.NONE);
        new TextCleaner().blocks(scan, first);
        CleanupStep join = first.steps().stream().filter(s -> s.kind() == CleanupKind.PAGE_BREAK_JOIN).findFirst()
                .orElseThrow();

        CleanupLog second = new CleanupLog(CleanupChoices.NONE.toggled(join.key()));
        List<SourceBlock> blocks = new TextCleaner().blocks(scan, second);

        assertThat(second.steps()).filteredOn(s -> s.key().equals(join.key())).singleElement()
                .extracting(CleanupStep::undone).isEqualTo(true);
        assertThat(texts(blocks, PassageKind.PARAGRAPH)).as("the two parts are passages of their own again")
                .anyMatch(p -> p.startsWith(join.text().substring(join.text().indexOf("| ") + 2).replace("\u2026", "")));
    }

    @org.junit.jupiter.api.Test
    void hyphenatedLineEndsJoinAsWordsAndCompoundsKeepTheirHyphen() {
        String text = """
                The Kurdish parties demanded self-determination in the referendum of 2017, and the inter-
                national observers who watched the vote said that the right to self-
                determination could not be settled by a vote held against the will of the federal govern-
                ment in Baghdad.
                """;

        CleanupLog log = new CleanupLog(CleanupChoices.NONE);
        String paragraph = new TextCleaner().blocks(text, log).get(0).text();

        assertThat(paragraph).contains("the international observers", "the right to self-determination could",
                "the federal government in Baghdad");
        assertThat(log.steps()).filteredOn(s -> s.kind() == CleanupKind.HYPHEN_JOIN).extracting(CleanupStep::text)
                .containsExactlyInAnyOrder("inter-|national", "govern-|ment");
    }

    /** Four pages: title, sections, footnotes at two pages' feet, a reference list, furniture on every page. */
    private static String scan(IntFunction<String> pageNumber, String footer) {
        List<String> pages = new ArrayList<>();
        pages.add("""
                Iraq's Contested Transition

                1. Introduction

                %s The elections of 2018 were followed by months of bargaining.\u00AE %s
                %s The new coalition promised reforms to the electoral law
                that had been agreed in the spring of that year, and the courts

                1 Waltz, 1979: 105; see also Mearsheimer, 2001: 32.
                2 Interview with a member of parliament, Baghdad, 12 May 2020.
                """.formatted(SENTENCES[0], SENTENCES[1], SENTENCES[2]));
        pages.add("""
                were asked to rule on the disputed seats before the end of the session.\u2122 %s

                2. The contested election

                %s %s
                %s
                """.formatted(SENTENCES[3], SENTENCES[4], SENTENCES[0], SENTENCES[1]));
        pages.add("""
                %s The council reviewed the complaints
                and ordered a partial recount in three provinces.3 %s

                3. Forming the government

                %s %s

                3 Dodge, T. (2012). Iraq: From War to a New Authoritarianism. London: Routledge, pp. 45-47.
                """.formatted(SENTENCES[2], SENTENCES[3], SENTENCES[4], SENTENCES[0]));
        pages.add("""
                %s %s

                References

                Haddad, F. (2020). Understanding 'Sectarianism'. London: Hurst.
                Mearsheimer, J. (2001). The Tragedy of Great Power Politics. New York: Norton.
                Waltz, K. (1979). Theory of International Politics. Reading: Addison-Wesley.
                """.formatted(SENTENCES[1], SENTENCES[2]));
        StringBuilder scan = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            String pageFooter = i == 2 ? footer.replaceFirst("e", "c").replace(",", ".") : footer;
            scan.append(pages.get(i)).append("\n").append(pageFooter).append("\n\n").append(pageNumber.apply(i + 1))
                    .append("\n\n");
        }
        return scan.toString();
    }

    private static String arabicIndic(int n) {
        StringBuilder digits = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            digits.append((char) ('\u0660' + (c - '0')));
        }
        return digits.toString();
    }

    private static List<String> texts(List<SourceBlock> blocks, PassageKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).map(SourceBlock::text).toList();
    }
}
