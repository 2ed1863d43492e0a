package org.concordia.benchmark;

import static org.concordia.benchmark.BenchmarkFiles.codingState;
import static org.concordia.benchmark.BenchmarkFiles.report;
import java.util.Locale;
import org.concordia.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of the coding screen's speed target: does headless Chromium stay responsive on the document
 * {@link CodingSpeedBenchmark} seeded (50,000 words, 2,000 codings, all shown to a supervisor)? Measures page load
 * (Navigation Timing), the main-thread time of the keyboard handlers (next passage, next coding) and of swapping in
 * a passage after a coding. Runs after CodingSpeedBenchmark (classes run in name order in the benchmark profile).
 */
class CodingSpeedInBrowserBenchmark extends BrowserTest {

    private static final int LOADS = 10;

    @Test
    void measureTheCodingScreenInChromium() throws Exception {
        logInAs("sam");
        String page = app().resolve("code.xhtml?document=" + codingState().getProperty("document")).toString();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Timings loads = new Timings();
        Timings interactive = new Timings();
        for (int i = 0; i < LOADS; i++) {
            browser.get(page);
            new WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("coding-form:coding-count")));
            new WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                    .until(b -> ((Number) js.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                            + " return n ? n.loadEventEnd : 0;")).doubleValue() > 0);
            loads.recordMillis(number(js, "return performance.getEntriesByType('navigation')[0].loadEventEnd;"));
            interactive.recordMillis(number(js,
                    "return performance.getEntriesByType('navigation')[0].domInteractive;"));
        }
        Timings nextPassage = new Timings();
        Timings redraw = new Timings();
        for (int i = 0; i < 50; i++) {
            nextPassage.recordMillis(number(js, "var t = performance.now();"
                    + " document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j', bubbles: true}));"
                    + " return performance.now() - t;"));
            redraw.recordMillis(number(js, "var p = document.querySelectorAll('.passage-text[data-passage]')[" + i
                    + "]; var t = performance.now(); ConcordiaCoding.redraw({passage: p.dataset.passage,"
                    + " markup: p.innerHTML}); p.getBoundingClientRect(); return performance.now() - t;"));
        }
        report("In Chromium (headless, this machine), the same page: load event %s; DOM interactive %s",
                loads.summary(), interactive.summary());
        report("In Chromium: next-passage key handler %s; swapping in one passage after a coding %s;"
                + " %d highlight spans on the page", nextPassage.summary(), redraw.summary(),
                ((Number) js.executeScript("return document.querySelectorAll('.seg').length;")).intValue());
    }

    private static double number(JavascriptExecutor js, String script) {
        return ((Number) js.executeScript(script)).doubleValue();
    }
}
