package org.concordia.consensus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Training mode in Chromium: the demo practice round is an exercise; carla has submitted it (one claim type
 * missed, one extra), ada has not.
 */
class TrainingUiIT extends BrowserTest {

    @Test
    @DisplayName("A coder opens Training from the menu and reads her score with each difference explained")
    void aCoderReadsHerScoreAgainstGold() {
        logInAs("carla");
        browser.findElement(By.id("menu-training")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training:exercises"), "Practice wire"));
        assertThat(browser.findElement(By.id("training:exercises")).getText()).contains("score 67%");

        browser.findElement(By.cssSelector("#training\\:exercises .show-score")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("score-summary")));
        assertThat(browser.findElement(By.id("score-summary")).getText())
                .contains("Score 67%", "2 matched, 1 missed, 1 extra");
        String feedback = browser.findElement(By.id("training:feedback")).getText();
        assertThat(feedback).contains("missed Support", "Gold applies Support here and you did not.",
                "The source says an actor supported another actor or a choice.");
        assertThat(feedback).contains("extra Evaluation", "You applied Evaluation here; gold does not.");
        Screenshots.save(browser, "training-score");
    }

    @Test
    @DisplayName("A supervisor sees every coder's attempt at the exercise")
    void aSupervisorSeesTheAttempts() {
        logInAs("sam");
        browser.findElement(By.id("menu-training")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training:exercises"), "Practice wire"));
        String attempts = browser.findElement(By.id("training:exercises")).getText();
        assertThat(attempts).contains("carla", "score 67%", "ada", "still coding");
        assertThat(browser.findElements(By.id("training:offer"))).as("supervisors offer exercises here").isNotEmpty();
    }
}
