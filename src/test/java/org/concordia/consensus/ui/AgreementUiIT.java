package org.concordia.consensus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.XPaths;
import org.concordia.testsupport.pages.DocumentsPage;
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

    /**
     * Picks a measure in the drop-down. A click that lands while the panel is still opening is lost, or finds the
     * option still of zero size (PrimeFaces animates it), so the pick is tried again until the figure shows it.
     */
    private void chooseMeasure(String label) {
        By option = By.xpath("//li[contains(@class,'ui-selectonemenu-item') and @data-label=" + XPaths.literal(label)
                + "]");
        By shown = By.cssSelector(".agreement-overall .label");
        for (int attempt = 1; ; attempt++) {
            try {
                browser.findElement(By.id("agreement:measure")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.elementToBeClickable(option)).click();
                new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException e) {
                // the option was caught mid-animation (zero size) or the click was lost: open the panel again
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
