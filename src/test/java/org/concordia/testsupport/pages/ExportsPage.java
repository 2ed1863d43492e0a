package org.concordia.testsupport.pages;

import java.time.Duration;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Export: the format and filters of a dataset, and the exports written, newest first, with their downloads. */
public final class ExportsPage extends Page {

    private static final By NEWEST_ROW = By.cssSelector("#jobs\\:list_data tr:first-child");
    private static final By NEWEST_DOWNLOAD = By.cssSelector("#jobs\\:list_data tr:first-child a.download");

    public ExportsPage(WebDriver browser) {
        super(browser, By.id("export:start"));
    }

    public static ExportsPage fromProject(WebDriver browser) {
        browser.findElement(By.id("exports-link")).click();
        return new ExportsPage(browser);
    }

    /**
     * Chooses the format (null: the default, tidy CSV), starts the export and waits until it is the newest row of
     * the list with its download link (other tests' exports may be listed below it); returns the link.
     */
    public String exportAndWaitForDownload(String formatLabel) {
        WebDriverWait writing = new WebDriverWait(browser, Duration.ofSeconds(60));
        writing.ignoring(StaleElementReferenceException.class);
        writing.until(ExpectedConditions.elementToBeClickable(By.id("export:start")));
        if (formatLabel != null) {
            browser.findElement(By.xpath("//label[normalize-space(.)=" + XPaths.literal(formatLabel) + "]")).click();
        }
        String before = browser.findElements(NEWEST_ROW).isEmpty() ? "" : text(NEWEST_ROW);
        browser.findElement(By.id("export:start")).click();
        writing.until(d -> !d.findElement(NEWEST_ROW).getText().equals(before)
                && !d.findElements(NEWEST_DOWNLOAD).isEmpty());
        return browser.findElement(NEWEST_DOWNLOAD).getAttribute("href");
    }

    public String exports() {
        return text("jobs:list");
    }

    public String newestExport() {
        return text(NEWEST_ROW);
    }

    /** Downloads {@code href} in the page, as the browser's session may, and returns its text. */
    public String download(String href) {
        return String.valueOf(((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('failed: ' + e));", href));
    }
}
