package org.concordia.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.concordia.export.OtherToolProjects;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Importing the REFI-QDA standard's two-coder example project from the dashboard in Chromium. */
class ProjectImportUiIT extends BrowserTest {

    @Test
    @DisplayName("A supervisor imports a .qdpx as a new project and opens it")
    void aSupervisorImportsAQdpxAsANewProject() {
        logInAs("sam");
        browser.findElement(By.id("projects:import-project")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String name = "Interviews " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("import:name")).sendKeys(name);
        browser.findElement(By.tagName("h1")).click(); // leave the field, so its value is sent
        Path qdpx = Path.of("../shared/standards/refi-qda/examples/minimal_project.qdpx").toAbsolutePath().normalize();
        browser.findElement(By.id("import:file_input")).sendKeys(qdpx.toString());

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-counts")));
        assertThat(browser.findElement(By.id("import-counts")).getText())
                .isEqualTo("2 documents, 3 claim types, 3 codings");
        Screenshots.save(browser, "project-import");

        // Followed by its address: a click right after the upload's Ajax update can land on the replaced link.
        browser.get(browser.findElement(By.id("open-project")).getAttribute("href"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("project-name"), name));
        assertThat(browser.findElement(By.id("documents:list")).getText()).contains("interview1", "inline note");
    }

    @Test
    @DisplayName("An ATLAS.ti project with DOCX and PDF sources imports, and the page lists what was left out")
    void anAtlasTiProjectImportsAndThePageSaysWhatWasLeftOut() throws java.io.IOException {
        Path qdpx = Files.createTempFile("atlas-ti-", ".qdpx");
        try {
            Files.write(qdpx, OtherToolProjects.atlasTiShaped());
            logInAs("sam");
            browser.findElement(By.id("projects:import-project")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            String name = "Cabinet " + UUID.randomUUID().toString().substring(0, 8);
            browser.findElement(By.id("import:name")).sendKeys(name);
            browser.findElement(By.tagName("h1")).click();
            browser.findElement(By.id("import:file_input")).sendKeys(qdpx.toString());

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-counts")));
            assertThat(browser.findElement(By.id("import-counts")).getText())
                    .isEqualTo("4 documents, 3 claim types, 7 codings");
            assertThat(browser.findElement(By.id("left-out")).getText()).contains("Not imported",
                    "Pictures (1): Concordia codes text",
                    "Sources whose file is not in the archive (1)", "Lost interview.docx",
                    "Coded selections whose words are not in the imported text (1)",
                    "Journal of Gulf (Militia statement.pdf)");
            Screenshots.save(browser, "project-import-atlas-ti");
            Screenshots.saveAt(browser, "project-import-atlas-ti-800px-200pc", 800, 2);
            assertThat(org.concordia.testsupport.PageChecks.horizontalOverflowAt(browser, 400))
                    .as("an 800 px window at 200% zoom").isEmpty();

            browser.get(browser.findElement(By.id("open-project")).getAttribute("href"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("project-name"), name));
            assertThat(browser.findElement(By.id("documents:list")).getText()).contains("Interview Simon",
                    "Militia statement", "Field notes", "Council statement");
        } finally {
            Files.deleteIfExists(qdpx);
        }
    }
}
