package org.concordia.consensus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.SelectMenu;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The agreement page of the demo seminar, in Chromium: where ada, ben and carla agree and where they do not. */
class AgreementUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor opens Agreement from the project, reads alpha per claim type and the coder pairs, switches"
            + " to Fleiss' kappa")
    void aSupervisorReadsAgreement() {
        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("agreement-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement:overall")));

        assertThat(browser.findElement(By.id("agreement:overall")).getText()).as("the demo's codings give a value")
                .matches("-?\\d\\.\\d{3}");
        assertThat(browser.findElement(By.id("agreement:overall-interval")).getText()).startsWith("[");
        assertThat(browser.findElement(By.id("agreement:by-type")).getText()).contains("Support", "Factual event");
        assertThat(browser.findElement(By.id("coder-pairs")).getText()).contains("ada", "ben", "carla");
        assertThat(browser.findElement(By.id("agreement:unitizing")).getText()).as("unitizing alpha of the spans")
                .matches("-?\\d\\.\\d{3}");
        assertThat(browser.findElement(By.id("agreement:by-attribute")).getText()).as("ada and ben both filled in"
                + " Support's subject").contains("subject");
        assertThat(browser.findElements(By.cssSelector("#agreement\\:by-type-chart canvas"))).as("the chart")
                .isNotEmpty();
        assertThat(browser.getPageSource()).doesNotContain("NaN");
        Screenshots.save(browser, "agreement");

        chooseMeasure("Fleiss' kappa");
        assertThat(browser.getPageSource()).doesNotContain("NaN");
    }

    /** Picks a measure in the drop-down and waits until the figure is of that measure. */
    private void chooseMeasure(String label) {
        new SelectMenu(browser, "agreement:measure").choose(label);
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".agreement-overall .label"),
                        label));
    }
}
