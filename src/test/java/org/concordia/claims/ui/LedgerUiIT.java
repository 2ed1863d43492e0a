package org.concordia.claims.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.PageChecks;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.LedgerPage;
import org.concordia.testsupport.pages.ReviewPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo's contested proposition in Chromium: the journal paper says Iran chose al-Kadhimi (and merely
 * acquiesced), the brief, quoting Iran's own ambassador, that Iraqi parties chose him. The news item, whose coders
 * are still at work, is shown once as unsettled, linked to Review, and its coders' claims only in the labelled
 * exploration view. A supervisor records a verdict and sees it in the ledger.
 */
class LedgerUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";
    private static final String PROPOSITION = "stance towards Mustafa al-Kadhimi, 2020";
    private static final String NEWS = "Iran backs Kadhimi";

    @Test
    @DisplayName("A supervisor opens the contested proposition, reads the sources' accounts apart from the unsettled"
            + " news item, records a verdict, sees it in the ledger, and follows the news item to Review")
    void aSupervisorRecordsAVerdict() {
        logInAs("sam");
        LedgerPage ledger = DocumentsPage.openProject(browser, PROJECT).openConflictingAccounts()
                .waitForProposition(PROPOSITION);
        assertThat(ledger.row(PROPOSITION)).contains("who did it", "contested, no verdict yet")
                .doesNotContain("how strongly");

        ledger.open(PROPOSITION);
        String evidence = ledger.evidence();
        assertThat(evidence).contains("Iran chose Mustafa al-Kadhimi", "Iran accepted or acquiesced Mustafa al-Kadhimi",
                "Iraqi parties chose Mustafa al-Kadhimi", "2020-04/2020-05", "according to Iraj Masjedi",
                "an interested party (Iran)", "Acquiescence, Not Endorsement", "Gulf Monitor Brief");
        assertThat(evidence).as("the news item's coders have not settled it: not a source's account yet")
                .doesNotContain(NEWS, "Iran backed");
        assertThat(ledger.unsettled()).contains(NEWS, "still being coded").containsOnlyOnce(NEWS);
        assertThat(ledger.showEachCodersClaims()).contains("for exploration", "Iran backed Mustafa al-Kadhimi",
                "ada", "ben", NEWS);
        assertThat(ledger.evidence()).as("the exploration view stays apart from the evidence")
                .doesNotContain("Iran backed");
        Screenshots.save(browser, "ledger-workspace");
        Screenshots.saveAt(browser, "ledger-workspace-800px", 800, 1);
        Screenshots.saveAt(browser, "ledger-workspace-800px-200pc", 800, 2);
        assertThat(PageChecks.horizontalOverflowAt(browser, 400)).as("an 800 px window at 200% zoom").isEmpty();

        ledger.recordVerdict("reconciled", "Iran accepted him once its own candidates failed; Iraqi parties made the"
                + " formal choice, as Iran's ambassador, an interested party, insists.");
        assertThat(ledger.row(PROPOSITION)).contains("reconciled: the sources describe different aspects");
        assertThat(ledger.verdict()).contains("sam", "Iraqi parties made");

        ReviewPage review = ledger.openUnsettledInReview();
        assertThat(review.sideBySide()).as("the news item's passage, its coders side by side").contains("ada", "ben");
    }
}
