package org.concordia.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.PageChecks;
import org.concordia.testsupport.ResearchProjects;
import org.concordia.testsupport.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.concordia.testsupport.pages.CodebookPage;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser whose language is Arabic gets the interface in Arabic, laid out right to left: the frame, the dashboard
 * and the coding screen, where a passage is still coded with the keyboard and the screen's messages are Arabic. The
 * browser's Accept-Language is set through Chrome DevTools, as a person's language setting would send it.
 */
class ArabicInterfaceUiIT extends BrowserTest {

    @AfterEach
    void backToEnglish() {
        ((HasCdp) browser).executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    @DisplayName("An Arabic browser gets the frame, the dashboard and the coding screen in Arabic, right to left")
    void anArabicBrowserCodesInArabic() throws Exception {
        String[] project = ResearchProjects.withADocument(ApiClient.as(deploymentUrl, "rhea"),
                "A report on the premiership\n\nTehran welcomed the new prime minister in May, the report says.\n");
        HasCdp cdp = (HasCdp) browser;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", "ar")));
        logInAs("rhea");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.id("menu")).getText()).contains("\u0644\u0648\u062d\u0629 \u0627\u0644\u0645"
                + "\u062a\u0627\u0628\u0639\u0629"); // Dashboard
        assertThat(browser.findElement(By.id("projects")).getText()).contains("\u0627\u0644\u0645\u0634\u0627\u0631"
                + "\u064a\u0639"); // Projects
        double menuX = number("return document.querySelector('.sidebar').getBoundingClientRect().left;");
        double contentX = number("return document.querySelector('.content').getBoundingClientRect().left;");
        assertThat(menuX).as("the menu sits on the right, the start of a right-to-left page").isGreaterThan(contentX);
        Screenshots.save(browser, "arabic-dashboard");

        browser.get(app().resolve("go/code/" + project[1]).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".palette")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("\u0627\u0644\u062a\u0631\u0645\u064a"
                + "\u0632:"); // Coding:
        new Actions(browser).sendKeys("j").sendKeys("j").perform();
        assertThat(browser.switchTo().activeElement().getAttribute("aria-label"))
                .isEqualTo("\u0627\u0644\u0645\u0642\u0637\u0639 2"); // Passage 2
        new Actions(browser).sendKeys(".").perform();
        new Actions(browser).sendKeys("t").perform();
        wait.until(ExpectedConditions.textToBe(By.id("coding-form:selected-quote"),
                "Tehran welcomed the new prime minister in May, the report says."));
        assertThat(browser.findElement(By.id("coding-form:messages")).getText()).as("the server's message, in Arabic")
                .startsWith("\u0631\u064f\u0645\u0650\u0651\u0632").contains("Stance");
        assertThat(browser.findElement(By.cssSelector("[aria-label='\u0627\u0644\u0645\u0642\u0637\u0639 2']"))
                .getAttribute("dir")).as("an English passage keeps its own direction").isEqualTo("ltr");
        Screenshots.save(browser, "arabic-coding-screen");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();

        assertThat(PageChecks.horizontalOverflowAt(browser, 320)).as("reflow at 320 px, right to left").isEmpty();
        browser.manage().window().setSize(new Dimension(800, 1000));
        Screenshots.save(browser, "arabic-coding-screen-800px");
    }

    @Test
    @DisplayName("Every page of a project, the import review, refusals and the error pages speak Arabic, right to left")
    void everyPageOfAProjectSpeaksArabic() throws Exception {
        String[] project = ResearchProjects.withADocument(ApiClient.as(deploymentUrl, "rhea"),
                "A report on the premiership\n\nTehran welcomed the new prime minister in May, the report says.\n");
        String projectId = project[0].substring(project[0].lastIndexOf('/') + 1);
        HasCdp cdp = (HasCdp) browser;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", "ar")));
        logInAs("rhea");

        for (String page : new String[] {"documents", "codebook", "assignments", "agreement", "review", "monitor",
                "entities", "ledger", "accounts", "exports"}) {
            open("go/" + page + "/" + projectId);
            assertThat(browser.findElement(By.cssSelector(".breadcrumb a")).getText()).as("%s: its way back", page)
                    .isEqualTo(PROJECTS);
            assertAccessible("Arabic " + page);
        }
        open("go/document/" + project[1]);
        assertThat(browser.getTitle()).startsWith("\u0627\u0644\u0648\u062b\u064a\u0642\u0629"); // Document
        open("go/cleanup/" + project[1]);
        assertThat(browser.getTitle()).startsWith("\u0645\u0631\u0627\u062c\u0639\u0629"); // Import review
        Screenshots.save(browser, "arabic-import-review");
        assertAccessible("Arabic import review");
        for (String page : new String[] {"training.xhtml", "tenant/invitations.xhtml"}) {
            open(page);
            assertThat(browser.getTitle()).as("%s: its title", page).matches("[^A-Za-z]+");
        }
        // What the services refuse is said in Arabic too (the API keeps English).
        open("go/codebook/" + projectId);
        String refusal = new CodebookPage(browser).refusalOfClaimTypeWithHotkey("\u0631\u0641\u0636", "j");
        assertThat(refusal).as("the codebook's refusal of a key the coding screen keeps")
                .contains("\u062a\u062d\u062a\u0641\u0638 \u0634\u0627\u0634\u0629 \u0627\u0644\u062a\u0631"
                        + "\u0645\u064a\u0632") // "The coding screen keeps"
                .doesNotContain("coding screen");
        Screenshots.save(browser, "arabic-refusal");
        browser.get(app().resolve("go/document/987654321").toString());
        assertThat(browser.findElement(By.tagName("main")).getText()).as("a document that does not exist")
                .contains("\u0644\u0645 \u062a\u0639\u062f \u0647\u0630\u0647 \u0627\u0644\u0648\u062b"
                        + "\u064a\u0642\u0629 \u0645\u0648\u062c\u0648\u062f\u0629"); // "This document no longer exists"
        browser.get(app().resolve("go/nothing/1").toString());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as("an error page").isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("\u0647\u0630\u0647 \u0627\u0644"
                + "\u0635\u0641\u062d\u0629 \u063a\u064a\u0631 \u0645\u0648\u062c\u0648\u062f\u0629"); // no page
    }

    @Test
    @DisplayName("The top bar switches the language on the same page for the session; a Keycloak language is followed")
    void theLanguageIsChosenInTheTopBarOrInKeycloak() {
        logInAs("rhea");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.findElement(By.id("menu-training")).click();
        wait.until(ExpectedConditions.urlContains("training"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("language-ar")).getText()).isEqualTo("\u0627\u0644\u0639\u0631\u0628"
                + "\u064a\u0629"); // the language named in itself
        assertThat(browser.findElement(By.id("language-ar")).getAttribute("lang")).isEqualTo("ar");

        browser.findElement(By.id("language-ar")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(browser.getCurrentUrl()).as("the same page").contains("training");
        assertThat(browser.findElement(By.id("language-ar")).getAttribute("aria-current")).isEqualTo("true");
        Screenshots.save(browser, "language-switched");
        browser.findElement(By.id("menu-dashboard")).click();
        wait.until(ExpectedConditions.urlContains("dashboard"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("kept for the session")
                .isEqualTo("ar");
        browser.findElement(By.id("language-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));

        logInAs("layla");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as("layla chose Arabic in Keycloak; her browser asks for English").isEqualTo("ar");
        assertThat(browser.findElement(By.id("menu")).getText()).contains("\u0644\u0648\u062d\u0629");
    }

    /** "Projects", the way back on every project page. */
    private static final String PROJECTS = "\u0627\u0644\u0645\u0634\u0627\u0631\u064a\u0639";

    private void open(String path) {
        browser.get(app().resolve(path).toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.tagName("h1")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as(path).isEqualTo("rtl");
    }

    private double number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).doubleValue();
    }
}
