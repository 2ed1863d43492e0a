package org.concordia.claims.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.LedgerPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo's contested proposition in Chromium: the news item says Iran backed al-Kadhimi, the journal paper that
 * Iran merely acquiesced, the brief that Iraqi parties chose him. A supervisor records a verdict and sees it in the
 * ledger.
 */
class LedgerUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";
    private static final String PROPOSITION = "stance towards Mustafa al-Kadhimi, 2020";

    @Test
    @DisplayName("A supervisor opens the contested proposition, reads the evidence, records a verdict, sees it in the"
            + " ledger")
    void aSupervisorRecordsAVerdict() {
        logInAs("sam");
        LedgerPage ledger = DocumentsPage.openProject(browser, PROJECT).openConflictingAccounts()
                .waitForProposition(PROPOSITION);
        assertThat(ledger.row(PROPOSITION)).contains("how strongly", "who did it", "contested, no verdict yet");

        ledger.open(PROPOSITION);
        assertThat(ledger.evidence()).contains("Iran backed Mustafa al-Kadhimi",
                "Iran accepted or acquiesced Mustafa al-Kadhimi", "Iraqi parties backed Mustafa al-Kadhimi",
                "according to Iraj Masjedi", "Acquiescence, Not Endorsement");
        Screenshots.save(browser, "ledger-workspace");

        ledger.recordVerdict("reconciled", "Iran accepted him once its own candidates failed; Iraqi parties made the"
                + " formal choice. The news item's 'backed' reads acceptance as endorsement.");
        assertThat(ledger.row(PROPOSITION)).contains("reconciled: the sources describe different aspects");
        assertThat(ledger.verdict()).contains("sam", "Iraqi parties made");
    }
}
