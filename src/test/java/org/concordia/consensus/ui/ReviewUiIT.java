package org.concordia.consensus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BlindStudies;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.ReviewPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Review and adjudication in Chromium: ben and carla coded a militia statement blind and submitted it; carla alone
 * read one sentence as an Evaluation. The supervisor finds the dispute, discusses it, votes and settles it. The
 * round is the test's own ({@link BlindStudies}): settling changes what Monitoring and the ledger show, and the demo
 * project's disputes stay for the tests that read them.
 */
class ReviewUiIT extends BrowserTest {

    private static final String DISPUTED = "shares that responsibility";

    @Test
    @DisplayName("A supervisor opens the disputed passage, reads both codings side by side, comments, votes and settles"
            + " it with a rationale; then accepts the agreed passages in bulk")
    void aSupervisorSettlesADisputedPassage() throws Exception {
        String project = BlindStudies.withADisputedPassage(deploymentUrl);
        logInAs("sam");
        ReviewPage review = DocumentsPage.openProject(browser, project).openReview().waitForQueued(DISPUTED);
        assertThat(review.stateCounts()).contains("disputed: 1");

        review.openPassage(DISPUTED);
        // The open passage is in the address: a reload returns to it, Back to the queue without it.
        assertThat(browser.getCurrentUrl()).contains("passage=");
        browser.navigate().refresh();
        new ReviewPage(browser).waitForOpenPassage();
        browser.navigate().back();
        new ReviewPage(browser).waitForClosedPassage();
        assertThat(browser.getCurrentUrl()).as("Back stays on the review page").contains("/go/review/")
                .doesNotContain("passage=");
        browser.navigate().forward();
        review = new ReviewPage(browser).waitForOpenPassage();
        assertThat(review.sideBySide()).contains("ben", "carla", "Evaluation", "No claim type applied.",
                "Not settled yet.");
        assertThat(review.discussion()).as("nobody has discussed it yet").doesNotContain("Opposition");

        review.comment("The statement itself judges: Evaluation? No, the codebook says a threat is Opposition; ben"
                + " left it uncoded.");
        review.voteFor("ben", 1);
        // "Take one coder's version" is preselected; choose ben's.
        review.settleWithVersionOf("ben", "A warning to the parties, not a claim to code; ben's reading follows the"
                + " codebook.");
        assertThat(review.decision()).contains("sam took ben's version");
        assertThat(review.passageState()).isEqualTo("adjudicated");
        assertThat(review.goldColumn()).contains("No claim type applies here.");
        Screenshots.save(browser, "review-adjudicated");

        assertThat(review.acceptAgreedPassages()).contains("accepted into the gold standard");
        assertThat(review.stateCounts()).contains("agreed: 0", "disputed: 0");
    }
}
