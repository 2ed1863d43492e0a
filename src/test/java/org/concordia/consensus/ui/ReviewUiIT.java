package org.concordia.consensus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.XPaths;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.SelectMenu;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Review and adjudication in Chromium: ben and carla coded the demo militia statement blind and submitted it; carla
 * alone read one sentence as an Evaluation. The supervisor finds the dispute, discusses it, votes and settles it.
 */
class ReviewUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";
    private static final String DISPUTED = "shares that responsibility";

    @Test
    @DisplayName("A supervisor opens the disputed passage, reads both codings side by side, comments, votes and settles"
            + " it with a rationale; then accepts the agreed passages in bulk")
    void aSupervisorSettlesADisputedPassage() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("review-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-form:queue"), DISPUTED));
        assertThat(browser.findElement(By.id("state-counts")).getText()).contains("disputed: 1");

        browser.findElement(By.xpath("//tr[contains(., " + XPaths.literal(DISPUTED) + ")]"
                + "//button[contains(@class,'open-passage')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passage-form:passage")));
        // The open passage is in the address: a reload returns to it, Back to the queue without it.
        wait.until(d -> d.getCurrentUrl().contains("passage="));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passage-form:passage")));
        browser.navigate().back();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("passage-form:passage")));
        assertThat(browser.getCurrentUrl()).as("Back stays on the review page").contains("/go/review/")
                .doesNotContain("passage=");
        browser.navigate().forward();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passage-form:passage")));
        String sideBySide = browser.findElement(By.cssSelector(".side-by-side")).getText();
        assertThat(sideBySide).contains("ben", "carla", "Evaluation", "No claim type applied.", "Not settled yet.");
        assertThat(browser.findElement(By.cssSelector(".discussion")).getText()).as("the demo discussion")
                .contains("Check both definitions.");

        browser.findElement(By.id("passage-form:comment")).sendKeys("The statement itself judges: Evaluation? No,"
                + " the codebook says a threat is Opposition; ben left it uncoded.");
        browser.findElement(By.id("passage-form:post-comment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".discussion"),
                "ben left it uncoded."));

        browser.findElement(By.xpath("//button[contains(@class,'vote')][starts-with(normalize-space(.), 'ben (')]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//button[contains(@class,'vote')][normalize-space(.)='ben (1)']")));

        // "Take one coder's version" is preselected; choose ben's.
        new SelectMenu(browser, "passage-form:taken-from").choose("ben");
        browser.findElement(By.id("passage-form:rationale")).sendKeys("A warning to the parties, not a claim to"
                + " code; ben's reading follows the codebook.");
        browser.findElement(By.id("passage-form:settle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("passage-form:decision"),
                "sam took ben's version"));
        assertThat(browser.findElement(By.id("passage-form:passage-state")).getText()).isEqualTo("adjudicated");
        assertThat(browser.findElement(By.id("gold-column")).getText()).contains("No claim type applies here.");
        Screenshots.save(browser, "review-adjudicated");

        browser.findElement(By.id("queue-form:accept-unanimous")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-form:messages"),
                "accepted into the gold standard"));
        assertThat(browser.findElement(By.id("state-counts")).getText()).contains("agreed: 0", "disputed: 0");
    }
}
