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
 * The demo's entities in Chromium: the news item's and the statement's coders wrote "Kata'ib Hezbollah", the
 * brief's coding "Kataeb Hezbollah". A supervisor merges the two on the suggestion, then undoes the merge. The
 * prime minister's three spellings were merged by the demo.
 */
class EntitiesUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor merges two spellings of the militia on the suggestion, then undoes it")
    void aSupervisorMergesTwoSpellingsAndUndoes() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("entities-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entities:suggestions")));
        assertThat(browser.findElement(By.id("entities:suggestions")).getText())
                .contains("Kataeb Hezbollah", "Kata'ib Hezbollah", "the same name in another transliteration");
        assertThat(browser.findElement(By.xpath("//tbody[@id='entities:list_data']/tr[contains(., 'Mustafa"
                + " al-Kadhimi')]")).getText()).as("merged by the demo").contains("Mustafa al-Kazimi",
                "Mustafa Al-Kazemi");
        Screenshots.save(browser, "entities-suggestions");

        browser.findElement(By.xpath("//tr[contains(., 'Kataeb Hezbollah')]//button[contains(., \"Keep Kata'ib"
                + " Hezbollah\")]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entities:merges"),
                "\u201cKataeb Hezbollah\u201d into \u201cKata'ib Hezbollah\u201d"));
        assertThat(browser.findElement(By.xpath("//tbody[@id='entities:list_data']/tr[contains(., \"Kata'ib"
                + " Hezbollah\")]")).getText()).as("both spellings now name one entity").contains("Kataeb Hezbollah");

        browser.findElement(By.xpath("//tbody[@id='entities:merges_data']/tr[contains(., 'Kataeb')]"
                + "//button[contains(@class,'undo-merge')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entities:merges"), "undone by sam"));
        assertThat(browser.findElement(By.id("entities:suggestions")).getText()).contains("Kataeb Hezbollah");
    }
}
