package org.concordia.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Agreement: the overall figure of a measure with its interval, by claim type, spans, attributes and documents. */
public final class AgreementPage extends Page {

    public AgreementPage(WebDriver browser) {
        super(browser, By.id("agreement:overall"));
        if (intervalsPending()) {
            org.concordia.testsupport.Screenshots.save(browser, "agreement-intervals-pending");
        }
        waitForIntervals(PENDING);
    }

    private static final String PENDING = "agreement:intervals-pending";

    /** Whether the page says that the intervals are still being computed (they come by themselves). */
    public boolean intervalsPending() {
        return !browser.findElements(By.id(PENDING)).isEmpty();
    }

    public String overall() {
        return text("agreement:overall");
    }

    public String overallInterval() {
        return text("agreement:overall-interval");
    }

    public String byClaimType() {
        return text("agreement:by-type");
    }

    public boolean hasByClaimTypeChart() {
        return !browser.findElements(By.cssSelector("#agreement\\:by-type-chart canvas")).isEmpty();
    }

    public String coderPairs() {
        return text("coder-pairs");
    }

    public String unitizing() {
        return text("agreement:unitizing");
    }

    public String byAttribute() {
        return text("agreement:by-attribute");
    }

    /** Picks a measure in the drop-down and waits until the overall figure is of that measure. */
    public AgreementPage chooseMeasure(String label) {
        new SelectMenu(browser, "agreement:measure").choose(label);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".agreement-overall .label"),
                label));
        waitForIntervals(PENDING);
        return this;
    }

    public String measureShown() {
        return browser.findElements(By.cssSelector(".agreement-overall .label")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }
}
