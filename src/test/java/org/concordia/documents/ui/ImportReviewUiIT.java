package org.concordia.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concordia.documents.WebArticleCleanupTest;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.People;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.ImportReviewPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

/** The import review, in Chromium: a saved web page with comments, and an OCR scan, cleaned and corrected. */
class ImportReviewUiIT extends BrowserTest {

    private static final String PROJECT = "Practice round: claims and attributions";

    @TempDir
    Path folder;

    @Test
    @DisplayName("A supervisor reviews a web page's clean-up: comments apart, a removed banner restored, a passage made a note")
    void aSupervisorReviewsTheCleanUpOfAWebPage() throws IOException {
        logInAs("sam");
        DocumentsPage documents = DocumentsPage.openProject(browser, PROJECT);
        String name = People.unique("gulf-wire") + ".html";
        Path page = Files.writeString(folder.resolve(name),
                WebArticleCleanupTest.page(WebArticleCleanupTest.wordpress(WebArticleCleanupTest.COMMENTS))
                        .replace("</body>", "<!-- saved as " + name + " --></body>"));
        ImportReviewPage review = documents.uploadOne(page);
        assertThat(review.messages()).as("the review opens by itself after a single import")
                .contains("Imported \u201c" + name + "\u201d");
        assertThat(review.passages()).as("the article alone").first()
                .isEqualTo("Iraq's parliament approves Kadhimi government");
        assertThat(review.passages()).noneMatch(p -> p.contains("cookies") || p.contains("Jonas"));
        assertThat(review.figures()).contains("4 in their own document");
        assertThat(review.decisions()).anyMatch(d -> d.contains("web page furniture") && d.contains("cookies"))
                .anyMatch(d -> d.contains("reader comments"));
        Screenshots.save(browser, "import-review-web-page");

        review.toggleDecision("We use cookies");
        assertThat(review.passages()).as("restored after the article")
                .anyMatch(p -> p.startsWith("We use cookies"));
        review.toggleDecision("We use cookies");
        assertThat(review.passages()).noneMatch(p -> p.startsWith("We use cookies"));

        int last = review.passages().size();
        review.makeKind(last, "note");
        assertThat(review.kinds().get(last - 1)).isEqualTo("note");

        ImportReviewPage comments = review.openComments();
        assertThat(comments.passages()).containsExactly(
                "Jonas K. (May 7, 2020): Accepted is the better word. Tehran had no candidate left.",
                "Mira (May 7, 2020): The article ignores the Kurdish parties entirely.",
                "Jonas K. (May 8, 2020): The Kurds voted with the Sadrists on this one.",
                "Jonas K. (May 8, 2020): And they got the finance ministry for it.");

        browser.manage().window().setSize(new Dimension(800, 1000));
        browser.navigate().back();
        new ImportReviewPage(browser);
        Screenshots.save(browser, "import-review-800px");
    }

    @Test
    @DisplayName("A supervisor corrects an OCR misreading everywhere in one click")
    void aSupervisorCorrectsOcrMisreadings() throws IOException {
        logInAs("sam");
        DocumentsPage documents = DocumentsPage.openProject(browser, PROJECT);
        String name = People.unique("scan") + ".txt";
        Path scan = Files.writeString(folder.resolve(name), """
                The war in Irag changed the balance of power in the region.

                Iran supported several militias in Iraq after 2003, and Iraq's new government depended on them.

                The government in Baghdad asked for help; Iran sent advisers to Irag within weeks.

                Scanned as %s.
                """.formatted(name), StandardCharsets.UTF_8);
        ImportReviewPage review = documents.uploadOne(scan);
        assertThat(review.suggestions()).anySatisfy(s -> assertThat(s).contains("Irag", "2", "Iraq"));

        review.applySuggestion("Irag");

        assertThat(review.passages()).contains("The war in Iraq changed the balance of power in the region.")
                .anyMatch(p -> p.endsWith("advisers to Iraq within weeks."));
        assertThat(review.corrections()).anySatisfy(c -> assertThat(c).contains("Irag \u2192 Iraq"));
        Screenshots.save(browser, "import-review-ocr");
    }
}
