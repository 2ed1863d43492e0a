package org.concordia.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.ExportsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Exporting the demo project's codings as tidy CSV in Chromium, and downloading the file. */
class ExportsUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor starts a CSV export, watches it finish and downloads the file")
    void aSupervisorExportsTheDataset() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        ExportsPage exports = ExportsPage.fromProject(browser);
        String href = exports.exportAndWaitForDownload(null);
        assertThat(exports.exports()).contains("csv", "ready to download");
        Screenshots.save(browser, "exports");

        assertThat(exports.download(href)).startsWith("document_id,document_title,")
                .contains("Tehran agreed to support al-Kadhimi", "Attribution of stance / Support");
    }

    @Test
    @DisplayName("A supervisor exports the agreement report as a printable page")
    void aSupervisorExportsThePrintableAgreementReport() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        ExportsPage exports = ExportsPage.fromProject(browser);
        String href = exports.exportAndWaitForDownload("Agreement report (printable page)");
        assertThat(exports.newestExport()).contains("agreement-html");

        browser.get(href);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inter-coder agreement");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Method", "By claim type",
                "By pair of coders", PROJECT);
        Screenshots.save(browser, "agreement-report");
    }
}
