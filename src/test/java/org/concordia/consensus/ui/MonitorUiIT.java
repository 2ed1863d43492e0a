package org.concordia.consensus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The monitoring dashboard of the demo seminar's project, in Chromium. */
class MonitorUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor opens Monitoring: progress, consensus, agreement charts, coder pairs and confusion")
    void aSupervisorMonitorsTheProject() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("monitor-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confusion")));

        for (String chart : new String[] {"coder-progress", "document-progress", "states", "agreement", "versions"}) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
        }
        assertThat(browser.findElement(By.id("state-summary")).getText()).contains("in coding", "disputed");
        assertThat(browser.findElement(By.id("overall")).getText()).matches("-?\\d\\.\\d{3}");
        assertThat(browser.findElement(By.id("coder-pairs")).getText()).contains("ada", "ben", "carla");
        assertThat(browser.findElement(By.id("confusion")).getText()).as("the demo's coders differ between types")
                .contains("Support", "Opposition", "nothing");
        assertThat(browser.getPageSource()).doesNotContain("NaN");
        Screenshots.save(browser, "monitor");
    }
}
