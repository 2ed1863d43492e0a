package org.concordia.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Exporting the demo project's codings as tidy CSV in Chromium, and downloading the file. */
class ExportsUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor starts a CSV export, watches it finish and downloads the file")
    void aSupervisorExportsTheDataset() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("exports-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("export:start"))).click();
        // Newest first: the first row is the export just started (other tests' exports may be listed below it).
        By newestDownload = By.cssSelector("#jobs\\:list_data tr:first-child a.download");
        wait.until(ExpectedConditions.presenceOfElementLocated(newestDownload));
        assertThat(browser.findElement(By.id("jobs:list")).getText()).contains("csv", "ready to download");
        Screenshots.save(browser, "exports");

        String href = browser.findElement(newestDownload).getAttribute("href");
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('failed: ' + e));", href);
        assertThat(String.valueOf(csv)).startsWith("document_id,document_title,")
                .contains("Tehran agreed to support al-Kadhimi", "Attribution of stance / Support");
    }
}
