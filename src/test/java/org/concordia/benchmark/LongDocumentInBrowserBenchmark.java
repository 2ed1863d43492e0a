package org.concordia.benchmark;

import static org.concordia.benchmark.BenchmarkFiles.reportTo;

import java.time.Duration;
import java.util.Properties;
import org.concordia.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of {@link LongDocumentBenchmark} (runs after it, classes in name order): each document's coding
 * screen in headless Chromium: load event, the next-passage key, and how long scrolling takes to bring in the
 * passages further down (they are rendered as they come into view).
 */
class LongDocumentInBrowserBenchmark extends BrowserTest {

    private static final int LOADS = 5;

    @Test
    void openBothDocumentsInChromium() throws Exception {
        logInAs("sam");
        Properties state = BenchmarkFiles.state("long-document");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (int words : new int[] {50_000, 500_000}) {
            String page = app().resolve("code.xhtml?document=" + state.getProperty("document." + words)).toString();
            Timings loads = new Timings();
            for (int i = 0; i < LOADS; i++) {
                browser.get(page);
                new WebDriverWait(browser, Duration.ofSeconds(120))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("coding-form:coding-count")));
                new WebDriverWait(browser, Duration.ofSeconds(120)).until(b -> number(js, "var n ="
                        + " performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;") > 0);
                loads.recordMillis(number(js, "return performance.getEntriesByType('navigation')[0].loadEventEnd;"));
            }
            int first = (int) number(js, "return document.querySelectorAll('.coding-passage').length;");
            Timings nextPassage = new Timings();
            for (int i = 0; i < 30; i++) {
                nextPassage.recordMillis(number(js, "var t = performance.now();"
                        + " document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j', bubbles: true}));"
                        + " return performance.now() - t;"));
            }
            // Scroll to the bottom five times, waiting each time for more passages to arrive.
            Timings more = new Timings();
            for (int i = 0; i < 5; i++) {
                int before = (int) number(js, "return document.querySelectorAll('.coding-passage').length;");
                long t = System.nanoTime();
                js.executeScript("window.scrollTo(0, document.body.scrollHeight);");
                try {
                    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> number(js,
                            "return document.querySelectorAll('.coding-passage').length;") > before);
                } catch (org.openqa.selenium.TimeoutException allShown) {
                    break;
                }
                more.record(t);
            }
            reportTo(LongDocumentBenchmark.FILE, "%,d words in Chromium (headless): load event %s; %d passages on the"
                    + " first render; next-passage key %s; the next passages after scrolling to the end %s", words,
                    loads.summary(), first, nextPassage.summary(), more.count() == 0 ? "(all were shown at once)"
                            : more.summary());
        }
        // The page as it opens (its first 60 passages) is what the after-test accessibility check reads; axe-core
        // does not finish within its time on the passages scrolled in above.
        browser.get(app().resolve("code.xhtml?document=" + state.getProperty("document.500000")).toString());
        new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("coding-form:coding-count")));
    }

    private static double number(JavascriptExecutor js, String script) {
        return ((Number) js.executeScript(script)).doubleValue();
    }
}
