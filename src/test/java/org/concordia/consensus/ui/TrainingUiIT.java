package org.concordia.consensus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.TrainingPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Training mode in Chromium: the demo practice round is an exercise; carla has submitted it (one claim type
 * missed, one extra), ada has not.
 */
class TrainingUiIT extends BrowserTest {

    private static final String EXERCISE = "Practice wire";

    @Test
    @DisplayName("A coder opens Training from the menu and reads her score with each difference explained")
    void aCoderReadsHerScoreAgainstGold() {
        logInAs("carla");
        TrainingPage training = TrainingPage.fromMenu(browser).waitForExercise(EXERCISE);
        assertThat(training.exercises()).contains("score 67%");

        training.showScore();
        assertThat(training.scoreSummary()).contains("Score 67%", "2 matched, 1 missed, 1 extra");
        assertThat(training.feedback()).contains("missed Support", "Gold applies Support here and you did not.",
                "The source says an actor supported another actor or a choice.")
                .contains("extra Evaluation", "You applied Evaluation here; gold does not.");
        Screenshots.save(browser, "training-score");
    }

    @Test
    @DisplayName("A supervisor sees every coder's attempt at the exercise")
    void aSupervisorSeesTheAttempts() {
        logInAs("sam");
        TrainingPage training = TrainingPage.fromMenu(browser).waitForExercise(EXERCISE);
        assertThat(training.exercises()).contains("carla", "score 67%", "ada", "still coding");
        assertThat(training.canOffer()).as("supervisors offer exercises here").isTrue();
    }
}
