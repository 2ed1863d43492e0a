package org.concordia.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.BrowserlessLogin;
import org.concordia.testsupport.FacesPages;
import org.concordia.testsupport.PageChecks;
import org.concordia.testsupport.Screenshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page, as the seminar's admin and as a coder sees it, checked by axe-core for WCAG 2.1 A and AA: no serious or
 * critical violation anywhere. Pages are found in the views and by following links with real ids, so a new page is
 * checked without editing this test. Each page is also laid out 320 CSS pixels wide (400% zoom) and must not scroll
 * sideways. The findings per page are in {@code target/axe/}, a summary in
 * {@code target/axe/summary.txt}.
 */
class AccessibilityUiIT extends BrowserTest {

    @Test
    @DisplayName("No page has a serious or critical accessibility violation or scrolls sideways at 320 px, for a supervisor or a coder")
    void everyPageMeetsWcag21AA() throws Exception {
        Map<String, Set<String>> pages = FacesPages.withParameters();
        List<String> summary = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        List<String> sideways = new ArrayList<>();
        for (String person : List.of("irene", "ada")) {
            BrowserlessLogin crawler = BrowserlessLogin.as(deploymentUrl, person, "concordia");
            List<String> urls = FacesPages.onePerPage(FacesPages.crawl(crawler, deploymentUrl.getPath(), pages)
                    .stream().filter(u -> !FacesPages.PUBLIC_PAGES.contains(u) || u.startsWith("/error/"))
                    .filter(u -> !u.startsWith("/admin/")));
            logInAs(person);
            for (String url : urls) {
                browser.get(app().resolve(url.substring(1)).toString());
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "complete".equals(
                        ((JavascriptExecutor) d).executeScript("return document.readyState")));
                String name = person + FacesPages.pageOf(url).replace('/', '-').replace(".xhtml", "");
                List<String> found = PageChecks.accessibilityViolations(browser, app(), name);
                summary.add(person + " " + url + ": " + (found.isEmpty() ? "no serious or critical violation"
                        : found.size() + " serious or critical"));
                violations.addAll(found);
                List<String> overflow = PageChecks.horizontalOverflowAt(browser, 320);
                summary.add(person + " " + url + " at 320 px: " + (overflow.isEmpty() ? "reflows"
                        : "scrolls sideways: " + String.join(", ", overflow)));
                overflow.forEach(o -> sideways.add(person + " " + url + ": " + o));
            }
        }
        Screenshots.save(browser, "accessibility-last-page");
        Files.createDirectories(Path.of("target/axe"));
        Files.write(Path.of("target/axe/summary.txt"), summary);
        assertThat(summary).as("pages checked").hasSizeGreaterThan(20);
        assertThat(violations).as("serious or critical violations (see target/axe/)").isEmpty();
        assertThat(sideways).as("pages that scroll sideways at 320 CSS px (400%% zoom), WCAG 1.4.10").isEmpty();
    }
}
