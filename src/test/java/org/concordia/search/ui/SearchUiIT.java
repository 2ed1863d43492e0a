package org.concordia.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.PageChecks;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.SearchPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Search on the demo: one search finds the prime minister under his three spellings, in three sources. */
class SearchUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor searches the project for al-Kadhimi, finds every spelling marked, and opens a hit in"
            + " the coding screen")
    void oneSearchFindsEverySpelling() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        SearchPage search = SearchPage.fromProject(browser, "al-Kadhimi");

        assertThat(search.documentTitles()).as("the news item, the paper, the brief and the militia's statement")
                .anyMatch(t -> t.startsWith("Iran backs Kadhimi"))
                .anyMatch(t -> t.startsWith("Acquiescence, Not Endorsement"))
                .anyMatch(t -> t.startsWith("Gulf Monitor Brief"));
        assertThat(search.marked()).contains("Kadhimi", "Kazimi", "Kazemi");
        assertThat(search.alsoSearched()).contains("Mustafa al-Kadhimi");
        Screenshots.save(browser, "search-results");
        Screenshots.saveAt(browser, "search-results-800px-200pc", 800, 2);
        assertThat(PageChecks.horizontalOverflowAt(browser, 400)).as("an 800 px window at 200% zoom").isEmpty();

        assertThat(search.searchFor("responsibility threat").notes()).as("sam's question in the demo's review")
                .anyMatch(n -> n.startsWith("Comment by sam") && n.contains("threat"));
        search = search.searchFor("al-Kadhimi");
        assertThat(search.onlyFromOutlet("Gulf Review").documentTitles()).as("the paper alone, from that outlet")
                .singleElement().asString().startsWith("Acquiescence, Not Endorsement");
        assertAccessible("the search filters unfolded");

        String passage = search.openFirstHit();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(passage)));

        // Find in this document, by keyboard: the passages with the words, one after the other.
        browser.findElement(By.id("find-q")).sendKeys("al-Kadhimi", Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("find-status")));
        String status = browser.findElement(By.id("find-status")).getText();
        assertThat(status).startsWith("1 of ");
        assertThat(browser.findElement(By.cssSelector(".found-passage")).getText()).as("the passage at hand is outlined")
                .containsPattern("(?i)ka(dh|z)[ie]mi");
        assertThat(browser.findElement(By.cssSelector("#find-context mark")).getText()).isNotBlank();
        if (!status.startsWith("1 of 1 ")) {
            browser.findElement(By.id("find-next")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("find-status"), "2 of "));
        }
        Screenshots.save(browser, "coding-find-in-document");
    }

    @Test
    @DisplayName("A supervisor keeps the passages whose codings name the prime minister in any spelling, then those"
            + " the coders disagree on")
    void filtersByAValueInAnySpellingAndByConsensusState() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        SearchPage search = SearchPage.fromProject(browser, "Iran");
        assertThat(search.choicesOf("filter-language")).as("the demo's sources are all in English")
                .contains("English");

        SearchPage named = search.withFilters(new java.util.LinkedHashMap<>(java.util.Map.of("filter-attribute",
                "object", "filter-value", "al-Kazimi")));
        assertThat(named.documentTitles()).as("ada's and ben's al-Kadhimi and sam's al-Kazimi: one man")
                .anyMatch(t -> t.startsWith("Iran backs Kadhimi"))
                .anyMatch(t -> t.startsWith("Acquiescence, Not Endorsement"));
        Screenshots.save(browser, "search-filtered-by-value");
        assertAccessible("the search filtered by an attribute's value");

        SearchPage disputed = named.searchFor("responsibility party").withFilters(new java.util.LinkedHashMap<>(
                java.util.Map.of("filter-attribute", "Any", "filter-state", "disputed")));
        assertThat(disputed.documentTitles()).as("carla's extra Evaluation in the militia's statement")
                .singleElement().asString().startsWith("Statement on the nomination");
        SearchPage agreed = disputed.withFilters(java.util.Map.of("filter-state", "agreed"));
        assertThat(agreed.documentTitles()).as("that passage is not agreed (the rejection before it is, and holds"
                + " him responsible, but names no party)").isEmpty();
        assertThat(agreed.summary()).startsWith("0 ");
        Screenshots.saveAt(browser, "search-filters-800px-200pc", 800, 2);
        assertThat(PageChecks.horizontalOverflowAt(browser, 400)).as("the filters at 200% zoom").isEmpty();
    }

    private org.openqa.selenium.support.ui.WebDriverWait waiting() {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20));
    }
}
