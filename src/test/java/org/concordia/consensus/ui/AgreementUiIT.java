package org.concordia.consensus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.AgreementPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The agreement page of the demo seminar, in Chromium: where ada, ben and carla agree and where they do not. */
class AgreementUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor opens Agreement from the project, reads alpha per claim type and the coder pairs, switches"
            + " to Fleiss' kappa")
    void aSupervisorReadsAgreement() {
        logInAs("sam");
        AgreementPage agreement = DocumentsPage.openProject(browser, PROJECT).openAgreement();

        assertThat(agreement.overall()).as("the demo's codings give a value").matches("-?\\d\\.\\d{3}");
        assertThat(agreement.overallInterval()).startsWith("[");
        assertThat(agreement.byClaimType()).contains("Support", "Factual event");
        assertThat(agreement.coderPairs()).contains("ada", "ben", "carla");
        assertThat(agreement.unitizing()).as("unitizing alpha of the spans").matches("-?\\d\\.\\d{3}");
        assertThat(agreement.byAttribute()).as("ada and ben both filled in Support's subject").contains("subject");
        assertThat(agreement.hasByClaimTypeChart()).as("the chart").isTrue();
        assertThat(agreement.source()).doesNotContain("NaN");
        Screenshots.save(browser, "agreement");

        agreement.chooseMeasure("Fleiss' kappa");
        assertThat(agreement.measureShown()).contains("Fleiss' kappa");
        assertThat(agreement.source()).doesNotContain("NaN");
    }
}
