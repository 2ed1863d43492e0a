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

        String passage = search.openFirstHit();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(passage)));
    }

    private org.openqa.selenium.support.ui.WebDriverWait waiting() {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20));
    }
}
