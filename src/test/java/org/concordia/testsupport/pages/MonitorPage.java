package org.concordia.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Monitoring: progress and consensus charts, agreement over time, coder pairs and the confusion table. */
public final class MonitorPage extends Page {

    public MonitorPage(WebDriver browser) {
        super(browser, By.id("confusion"));
        waitForIntervals("intervals:intervals-pending");
    }

    /** Whether the chart of this id has been drawn (its canvas is there). */
    public boolean hasChart(String id) {
        return !browser.findElements(By.cssSelector("#" + id + " canvas")).isEmpty();
    }

    public String stateSummary() {
        return text("state-summary");
    }

    public String overallAgreement() {
        return text("overall");
    }

    public String coderPairs() {
        return text("coder-pairs");
    }

    public String confusion() {
        return text("confusion");
    }
}
