package org.concordia.claims.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo's contested proposition in Chromium: the news item says Iran backed al-Kadhimi, the journal paper that
 * Iran merely acquiesced, the brief that Iraqi parties chose him. A supervisor records a verdict and sees it in the
 * ledger.
 */
class LedgerUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";
    private static final String PROPOSITION = "stance towards Mustafa al-Kadhimi, 2020";

    @Test
    @DisplayName("A supervisor opens the contested proposition, reads the evidence, records a verdict, sees it in the"
            + " ledger")
    void aSupervisorRecordsAVerdict() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("ledger-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ledger:propositions"), PROPOSITION));
        String row = browser.findElement(By.xpath("//tbody[@id='ledger:propositions_data']/tr[contains(., "
                + "'" + PROPOSITION + "')]")).getText();
        assertThat(row).contains("how strongly", "who did it", "contested, no verdict yet");

        browser.findElement(By.xpath("//tbody[@id='ledger:propositions_data']/tr[contains(., '" + PROPOSITION
                + "')]//button[contains(@class,'open-proposition')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace:evidence")));
        assertThat(browser.findElement(By.id("workspace:evidence")).getText()).contains(
                "Iran backed Mustafa al-Kadhimi", "Iran accepted or acquiesced Mustafa al-Kadhimi",
                "Iraqi parties backed Mustafa al-Kadhimi", "according to Iraj Masjedi",
                "Acquiescence, Not Endorsement");
        Screenshots.save(browser, "ledger-workspace");

        browser.findElement(By.xpath("//*[@id='workspace:kind']//label[starts-with(normalize-space(.),"
                + " 'reconciled')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("workspace:rationale")));
        browser.findElement(By.id("workspace:rationale")).sendKeys("Iran accepted him once its own candidates failed;"
                + " Iraqi parties made the formal choice. The news item's 'backed' reads acceptance as endorsement.");
        browser.findElement(By.id("workspace:record")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "reconciled"));
        assertThat(browser.findElement(By.xpath("//tbody[@id='ledger:propositions_data']/tr[contains(., '"
                + PROPOSITION + "')]")).getText()).contains("reconciled: the sources describe different aspects");
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).contains("sam", "Iraqi parties made");
    }
}
