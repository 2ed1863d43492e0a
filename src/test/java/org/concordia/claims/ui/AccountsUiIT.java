package org.concordia.claims.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.AccountsPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo's actor network and timeline in Chromium. */
class AccountsUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor sees who chose, backed or opposed al-Kadhimi, clicks Iran for the evidence, and the"
            + " timeline")
    void aSupervisorReadsTheActorNetworkAndTimeline() {
        logInAs("sam");
        AccountsPage accounts = DocumentsPage.openProject(browser, PROJECT).openConflictingAccounts().openAccounts();

        assertThat(accounts.network()).contains("Iran", "Mustafa al-Kadhimi", "Iraqi parties", "Kata'ib Hezbollah");
        assertThat(accounts.edgeLabels())
                .anySatisfy(label -> assertThat(label).contains("chose").containsAnyOf("(contested)", "(settled)"));
        assertThat(accounts.timelineItems()).as("claims on the timeline").isPositive();
        assertThat(accounts.actorPositions().values()).as("no actor drawn over another").doesNotHaveDuplicates();
        Screenshots.save(browser, "actor-network");
        assertThat(accounts.timelineItemsOutOfSight()).as("every claim within the timeline's window").isEmpty();
        Screenshots.save(browser, "claims-timeline");

        accounts.showActor("Iran", "Iran chose Mustafa al-Kadhimi");
        assertThat(accounts.evidence())
                .contains("Iran accepted or acquiesced Mustafa al-Kadhimi", "Acquiescence, Not Endorsement");
    }
}
