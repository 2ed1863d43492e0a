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

/** The demo's actor network and timeline in Chromium. */
class AccountsUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor sees who backed or opposed al-Kadhimi, clicks Iran for the evidence, and the timeline")
    void aSupervisorReadsTheActorNetworkAndTimeline() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("ledger-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts-link"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".actor-network .actor")));

        assertThat(browser.findElement(By.id("accounts:network")).getText())
                .contains("Iran", "Mustafa al-Kadhimi", "Iraqi parties", "Kata'ib Hezbollah");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".edge-label")));
        assertThat(browser.findElements(By.cssSelector(".edge-label"))).extracting(e -> e.getText())
                .anySatisfy(label -> assertThat(label).contains("backed").containsAnyOf("(contested)", "(settled)"));
        assertThat(browser.findElements(By.cssSelector("#accounts\\:timeline .vis-item"))).as("claims on the timeline")
                .isNotEmpty();
        Screenshots.save(browser, "actor-network");

        browser.findElement(By.xpath("//span[contains(@class,'actor-link')][normalize-space(.)='Iran']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:evidence"),
                "Iran backed Mustafa al-Kadhimi"));
        assertThat(browser.findElement(By.id("accounts:evidence")).getText())
                .contains("Iran accepted or acquiesced Mustafa al-Kadhimi", "Acquiescence, Not Endorsement");
    }
}
