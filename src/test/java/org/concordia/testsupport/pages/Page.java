package org.concordia.testsupport.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object shares: the browser, a patient wait, and reading an element's text. */
abstract class Page {

    protected final WebDriver browser;
    protected final WebDriverWait wait;

    /** Waits until {@code ready} is visible: the page has arrived. */
    Page(WebDriver browser, By ready) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // AJAX re-renders what a wait is reading: try again rather than fail.
        this.wait.ignoring(StaleElementReferenceException.class);
        wait.until(whileThePageChanges(ExpectedConditions.visibilityOfElementLocated(ready)));
    }

    /**
     * The condition, read as "not yet" while the document it reads is being replaced: an element found in the page
     * that is leaving is stale, which the wait ignores, or (Chromium 156) "Node with given id does not belong to the
     * document", an error of another class.
     */
    protected static <T> ExpectedCondition<T> whileThePageChanges(ExpectedCondition<T> condition) {
        return driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        };
    }

    /**
     * Waits until an agreement report's 95% intervals, computed in the background, are on the page: the notice
     * saying how far they are ({@code noticeId}) is gone.
     */
    protected void waitForIntervals(String noticeId) {
        new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(noticeId)));
    }

    protected String text(By element) {
        return browser.findElement(element).getText();
    }

    protected String text(String id) {
        return text(By.id(id));
    }

    protected void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /** The source of the page as the browser has it now (to check that no "NaN" figure is shown, say). */
    public String source() {
        return browser.getPageSource();
    }
}
