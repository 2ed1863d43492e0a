package org.concordia.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.XPaths;
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
        String href = startAndWaitForDownload(null);
        assertThat(browser.findElement(By.id("jobs:list")).getText()).contains("csv", "ready to download");
        Screenshots.save(browser, "exports");

        Object csv = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('failed: ' + e));", href);
        assertThat(String.valueOf(csv)).startsWith("document_id,document_title,")
                .contains("Tehran agreed to support al-Kadhimi", "Attribution of stance / Support");
    }

    @Test
    @DisplayName("A supervisor exports the agreement report as a printable page")
    void aSupervisorExportsThePrintableAgreementReport() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("exports-link")).click();
        String href = startAndWaitForDownload("Agreement report (printable page)");
        assertThat(browser.findElement(By.cssSelector("#jobs\\:list_data tr:first-child")).getText())
                .contains("agreement-html");

        browser.get(href);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inter-coder agreement");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Method", "By claim type",
                "By pair of coders", PROJECT);
        Screenshots.save(browser, "agreement-report");
    }

    /**
     * Chooses the format (null: the default, tidy CSV), starts the export and waits until it is the newest row of
     * the jobs table with its download link (other tests' exports may be listed below it); returns the link.
     */
    private String startAndWaitForDownload(String formatLabel) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("export:start")));
        if (formatLabel != null) {
            browser.findElement(By.xpath("//label[normalize-space(.)=" + XPaths.literal(formatLabel) + "]")).click();
        }
        By newestRow = By.cssSelector("#jobs\\:list_data tr:first-child");
        String before = browser.findElements(newestRow).isEmpty() ? "" : browser.findElement(newestRow).getText();
        browser.findElement(By.id("export:start")).click();
        By newestDownload = By.cssSelector("#jobs\\:list_data tr:first-child a.download");
        wait.until(d -> !d.findElement(newestRow).getText().equals(before)
                && !d.findElements(newestDownload).isEmpty());
        return browser.findElement(newestDownload).getAttribute("href");
    }
}
