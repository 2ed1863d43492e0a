package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.PassageSpan;
import org.concordia.documents.service.TextCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clean-up and segmentation, on the three real documents of ../shared/corpus and on made-up page furniture. */
class TextCleanerTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d+)?");

    private final TextCleaner sut = new TextCleaner();

    @ParameterizedTest
    @ValueSource(strings = {"000_69a62ed9c0e70274.txt", "003_e30905c110becc56.txt", "004_ddfeec53a99d75cc.txt"})
    void corpusDocumentsComeOutAsWholeParagraphsWithoutFurniture(String file) throws IOException {
        CleanedText cleaned = sut.clean(Files.readString(CORPUS.resolve(file)));
        List<String> passages = cleaned.passages().stream().map(cleaned::textOf).toList();

        assertThat(passages).as("passages of %s", file).hasSizeGreaterThan(20);
        assertThat(passages).as("no passage is a lone page number").noneMatch(p -> PAGE_NUMBER.matcher(p).matches());
        assertThat(passages).as("no sentence is cut by a hard wrap or page break: no passage starts in lower case,"
                        + " except with an Arabic article (al-Kazimi) or an item letter (a. b. c.)")
                .noneMatch(p -> Character.isLowerCase(p.codePointAt(0)) && !p.startsWith("al-")
                        && !p.matches("^[a-z][.)] .*"));
        assertThat(passages).as("no markup indentation, line breaks or odd spaces inside a passage")
                .allMatch(p -> p.equals(p.strip()) && !p.contains("\n") && !p.contains("  ")
                        && !p.contains("\u00A0"));
    }

    @Test
    void aHardWrappedThinkTankPaperKeepsItsSentencesAndHeadings() throws IOException {
        CleanedText cleaned = sut.clean(Files.readString(CORPUS.resolve("003_e30905c110becc56.txt")));

        assertThat(passagesOf(cleaned, PassageKind.PARAGRAPH))
                .as("a sentence wrapped over three lines is one passage's text")
                .anyMatch(p -> p.contains("Iran eventually agreed to support Mustafa al-Kadhimi to become the new"
                        + " prime minister"));
        assertThat(passagesOf(cleaned, PassageKind.HEADING))
                .contains("Iran’s Interests in Iraq", "Political Challenges", "Iran-backed Militia");
        assertThat(passagesOf(cleaned, PassageKind.PARAGRAPH).get(0))
                .as("the summary ends where the indentation says the next paragraph starts")
                .endsWith("pursues a multi-vector foreign policy.");
    }

    @Test
    void aJournalArticleKeepsTitleSectionsAndQuestionsApart() throws IOException {
        CleanedText cleaned = sut.clean(Files.readString(CORPUS.resolve("000_69a62ed9c0e70274.txt")));

        assertThat(passagesOf(cleaned, PassageKind.HEADING))
                .contains("Iran's foreign policy towards Iraq post 2003", "Abstract", "Literature review");
        assertThat(passagesOf(cleaned, PassageKind.BULLET))
                .contains("How has Iran's use of Iraqi armed groups benefited Tehran?");
        assertThat(passagesOf(cleaned, PassageKind.PARAGRAPH))
                .as("a paragraph broken by a page break is whole again")
                .anyMatch(p -> p.contains("Iran had a notable impact on Iraq's internal and external affairs"));
        assertThat(passagesOf(cleaned, PassageKind.NOTE)).as("the reference list is notes, not text to code")
                .hasSizeGreaterThan(25).anyMatch(p -> p.startsWith("Haji-Yousefi AM. Evaluation of Iran's Foreign"));
        assertThat(cleaned.passages().stream().filter(p -> p.kind() != PassageKind.NOTE).map(cleaned::textOf))
                .as("no reference is left among the passages to code")
                .noneMatch(p -> p.contains("UNISCI Discussion Papers") || p.contains("Congressional Research Service"));
    }

    @Test
    void aReportInBulletsHasOnePassagePerBulletWithoutTheMarker() throws IOException {
        CleanedText cleaned = sut.clean(Files.readString(CORPUS.resolve("004_ddfeec53a99d75cc.txt")));

        assertThat(passagesOf(cleaned, PassageKind.BULLET))
                .anyMatch(p -> p.startsWith("The appointment of Mustafa al-Kazimi as prime minister of Iraq"))
                .noneMatch(p -> p.startsWith("-") || p.startsWith("•"));
        assertThat(passagesOf(cleaned, PassageKind.HEADING)).contains("Main Argument");
    }

    @Test
    void pageNumbersAndRunningHeadersOfAScanAreDropped() {
        String scan = """
                Journal of Gulf Studies, Vol. 12
                The election was contested. Several parties
                claimed that the count was flawed.

                3

                Journal of Gulf Studies, Vol. 12
                The court confirmed the result in inter-
                national observers' presence.

                Page 4 of 9

                Journal of Gulf Studies, Vol. 12
                A new government was formed.
                """;

        CleanedText cleaned = sut.clean(scan);

        assertThat(cleaned.passages().stream().map(cleaned::textOf)).containsExactly(
                "The election was contested. Several parties claimed that the count was flawed.",
                "The court confirmed the result in international observers' presence.",
                "A new government was formed.");
    }

    @Test
    void textIsInNfcAndOffsetsCountCodePoints() {
        CleanedText cleaned = sut.clean("Cafe\u0301 \uD83D\uDE00 talks.\n\nSecond paragraph here.");

        assertThat(cleaned.text()).startsWith("Café 😀 talks.");
        PassageSpan second = cleaned.passages().get(1);
        assertThat(second.start()).as("é is one code point, 😀 one code point").isEqualTo("Café x talks.".length() + 2);
        assertThat(cleaned.textOf(second)).isEqualTo("Second paragraph here.");
        assertThat(cleaned.textsOf(List.of(cleaned.passages().get(0), second, cleaned.passages().get(0))))
                .as("many at once, in any order").containsExactly("Café 😀 talks.", "Second paragraph here.",
                        "Café 😀 talks.");
    }

    @Test
    void emptyInputHasNoPassages() {
        assertThat(sut.clean("  \n\n \t").passages()).isEmpty();
    }

    private static List<String> passagesOf(CleanedText cleaned, PassageKind kind) {
        return cleaned.passages().stream().filter(p -> p.kind() == kind).map(cleaned::textOf).toList();
    }
}
