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
 * The demo's entities in Chromium: the news item's coders wrote "Mustafa al-Kadhimi", the journal paper's coding
 * "Mustafa al-Kazimi". A supervisor merges the two on the suggestion, then undoes the merge.
 */
class EntitiesUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor merges two spellings of the prime minister on the suggestion, then undoes it")
    void aSupervisorMergesTwoSpellingsAndUndoes() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("entities-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entities:suggestions")));
        assertThat(browser.findElement(By.id("entities:suggestions")).getText())
                .contains("Mustafa al-Kadhimi", "Mustafa al-Kazimi", "the same name in another transliteration");
        Screenshots.save(browser, "entities-suggestions");

        browser.findElement(By.xpath("//tr[contains(., 'Mustafa al-Kazimi')]//button[contains(., 'Keep Mustafa"
                + " al-Kadhimi')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entities:merges"),
                "\u201cMustafa al-Kazimi\u201d into \u201cMustafa al-Kadhimi\u201d"));
        assertThat(browser.findElement(By.xpath("//tbody[@id='entities:list_data']/tr[contains(., 'Mustafa"
                + " al-Kadhimi')]")).getText()).as("both spellings now name one entity").contains("Mustafa al-Kazimi");

        browser.findElement(By.cssSelector("#entities\\:merges .undo-merge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entities:merges"), "undone by sam"));
        assertThat(browser.findElement(By.id("entities:suggestions")).getText()).contains("Mustafa al-Kazimi");
    }
}
