package org.concordia.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.PageChecks;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.AnalysePage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Analyse on the demo project: segments, a table by outlet whose counts open their segments, time, together. */
class AnalyseUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor lists every Support segment, counts claim types by outlet, opens a count's segments,"
            + " sees the codings over time and together, and exports a selection")
    void aSupervisorRetrievesAndTabulates() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        AnalysePage analyse = AnalysePage.fromProject(browser).segmentsOf("Support");

        assertThat(analyse.quotes()).as("the coders' and the supervisor's Support codings")
                .contains("Iran chose the lesser evil", "Tehran agreed to support al-Kadhimi");
        assertThat(analyse.coders()).contains("ada", "ben", "carla", "sam");
        Screenshots.save(browser, "analyse-segments");

        analyse = analyse.tab("tab-codes").rowsBy("Outlet or publisher");
        assertThat(analyse.rowHeadings("codes-table")).containsExactly("Baghdad Wire", "Gulf Monitor", "Gulf Review",
                "(none given)");
        assertThat(analyse.chartShown()).isTrue();
        int opposition = Integer.parseInt(analyse.cell("codes-table", "(none given)", "Opposition"));
        assertThat(opposition).as("ben's and carla's Opposition in the militia's statement").isGreaterThanOrEqualTo(2);
        Screenshots.save(browser, "analyse-by-outlet");
        Screenshots.saveAt(browser, "analyse-by-outlet-800px-200pc", 800, 2);
        assertThat(PageChecks.horizontalOverflowAt(browser, 400)).as("an 800 px window at 200% zoom").isEmpty();

        analyse = analyse.openCell("codes-table", "(none given)", "Opposition");
        assertThat(analyse.summary()).startsWith(opposition + " coded segment");
        assertThat(analyse.selection()).contains("Opposition", "Outlet or publisher: (none given)");

        analyse = analyse.tab("tab-time");
        assertThat(analyse.rowHeadings("codes-table")).as("every month from the statement to the paper")
                .startsWith("2020-04", "2020-05", "2020-06").contains("2021-03");
        assertThat(analyse.chartShown()).isTrue();

        analyse = analyse.tab("tab-together");
        assertThat(analyse.rowHeadings("together-table")).contains("Support", "Opposition", "Factual event");
        Screenshots.save(browser, "analyse-together");

        analyse.tab("tab-segments").segmentsOf("Support").exportCsv();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("exports.xhtml"));
        assertThat(browser.findElement(By.cssSelector(".ui-messages")).getText()).contains("started");
    }

    @Test
    @DisplayName("A coder's analysis holds only her own codings while coding is blind")
    void aCoderSeesHerOwn() {
        logInAs("carla");
        DocumentsPage.openProject(browser, PROJECT);
        AnalysePage analyse = AnalysePage.fromProject(browser).segmentsOf();

        assertThat(analyse.coders()).isNotEmpty().containsOnly("carla");
        assertThat(browser.findElements(By.id("segment-coder"))).as("no choice of coder").isEmpty();
        assertThat(browser.findElements(By.id("segment-export:export-csv"))).as("exports are for supervisors")
                .isEmpty();
    }
}
