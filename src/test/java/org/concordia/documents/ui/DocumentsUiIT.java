package org.concordia.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.People;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.ImportReviewPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing documents in the browser, as a supervisor of the demo seminar. */
class DocumentsUiIT extends BrowserTest {

    private static final String PROJECT = "Practice round: claims and attributions";




    @TempDir
    Path folder;

    @Test
    @DisplayName("A supervisor uploads a corpus file and a zip, reads the summary, merges and splits passages, pastes text")
    void aSupervisorImportsDocuments() throws IOException {
        logInAs("sam");
        DocumentsPage documents = DocumentsPage.openProject(browser, PROJECT);

        Path paper = Files.copy(Path.of("../shared/corpus/003_e30905c110becc56.txt"),
                folder.resolve("soleimani-aftermath.txt"));
        Path zip = zipOf(folder.resolve("batch.zip"), "brief.md", "# A brief\n\n- One point.\n- Another point.\n",
                "empty.txt", "");
        documents.upload(paper, zip);

        assertThat(documents.summaryRows()).anySatisfy(row -> assertThat(row).contains("soleimani-aftermath.txt",
                        "imported", "passages"))
                .anySatisfy(row -> assertThat(row).contains("brief.md", "imported"))
                .anySatisfy(row -> assertThat(row).contains("empty.txt", "failed", "the file is empty"));
        assertThat(documents.documentTitles()).contains("soleimani-aftermath", "brief");
        Screenshots.save(browser, "documents-import-summary");

        DocumentPage paperPage = documents.open("soleimani-aftermath");
        assertThat(paperPage.passages()).contains("Political Challenges")
                .anyMatch(p -> p.contains("Iran eventually agreed to support Mustafa al-Kadhimi"));
        assertThat(paperPage.kinds()).contains("HEADING", "PARAGRAPH");

        browser.navigate().back();
        DocumentPage brief = new DocumentsPage(browser).open("brief");
        assertThat(brief.passages()).containsExactly("A brief", "One point.", "Another point.");
        brief.mergeWithNext(2);
        assertThat(brief.passages()).hasSize(2).last().asString().startsWith("One point.").endsWith("Another point.");
        brief.split(2, "Another point.");
        assertThat(brief.passages()).containsExactly("A brief", "One point.", "Another point.");

        browser.navigate().back();
        String title = People.unique("Pasted");
        DocumentsPage again = new DocumentsPage(browser);
        assertThat(again.wouldAskBeforeLeaving()).as("nothing typed yet").isFalse();
        again.typePasted(title, "<script>document.title='hacked'</script>");
        assertThat(again.wouldAskBeforeLeaving()).as("half-typed pasted text is not lost without a question")
                .isTrue();
        ImportReviewPage review = again.paste("", " said the page.");
        assertThat(review.messages()).contains("Imported \u201c" + title + "\u201d: 1 passage");
        assertThat(review.openDocument().passages())
                .containsExactly("<script>document.title='hacked'</script> said the page.");
        assertThat(browser.getTitle()).as("the script was shown, not run").doesNotContain("hacked");
        Screenshots.save(browser, "document-with-script-as-text");
    }

    private static Path zipOf(Path target, String name1, String content1, String name2, String content2)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.putNextEntry(new ZipEntry(name1));
            zip.write(content1.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name2));
            zip.write(content2.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return target;
    }
}
