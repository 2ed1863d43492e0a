package org.concordia.consensus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.MonitorPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The monitoring dashboard of the demo seminar's project, in Chromium. */
class MonitorUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor opens Monitoring: progress, consensus, agreement charts, coder pairs and confusion")
    void aSupervisorMonitorsTheProject() {
        logInAs("sam");
        MonitorPage monitor = DocumentsPage.openProject(browser, PROJECT).openMonitoring();

        for (String chart : new String[] {"coder-progress", "document-progress", "states", "agreement", "versions"}) {
            assertThat(monitor.hasChart(chart)).as(chart).isTrue();
        }
        assertThat(monitor.stateSummary()).contains("in coding", "disputed");
        assertThat(monitor.overallAgreement()).matches("-?\\d\\.\\d{3}");
        assertThat(monitor.coderPairs()).contains("ada", "ben", "carla");
        assertThat(monitor.confusion()).as("the demo's coders differ between types")
                .contains("Support", "Opposition", "nothing");
        assertThat(monitor.source()).doesNotContain("NaN");
        Screenshots.save(browser, "monitor");
    }
}
