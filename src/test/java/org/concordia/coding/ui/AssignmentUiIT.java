package org.concordia.coding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.XPaths;
import org.concordia.testsupport.pages.CodingPage;
import org.concordia.testsupport.pages.DashboardPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Assigning documents and following them through, in Chromium. */
class AssignmentUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";
    private static final String SEMINAR = "Seminar on Gulf politics";
    private static final String STATEMENT = "Statement on the nomination of the intelligence chief";

    @Test
    @DisplayName("A supervisor assigns every document to one of two coders; a coder sees hers with progress and submits")
    // The demo assigns the news item to ada, ben and carla already; the balanced assignment adds the rest.
    void assignAndSubmit() {
        logInAs("irene");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("assignments-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign:balanced")));
        for (String coder : List.of("ada", "carla")) {
            browser.findElement(By.xpath("//label[normalize-space(.)='" + coder + "']")).click();
        }
        WebElement perDocument = browser.findElement(By.id("assign:per-document_input"));
        perDocument.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1"); // the number widget ignores clear()
        browser.findElement(By.id("assign:balanced")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assign:messages"), "assignments made"));
        List<String> rows = browser.findElements(By.cssSelector("#overview\\:list tbody tr")).stream()
                .map(WebElement::getText).toList();
        for (String document : List.of("Acquiescence, Not Endorsement", "Gulf Monitor Brief", "Iran backs Kadhimi",
                "Statement on the nomination")) {
            assertThat(rows).as("every document went to ada or carla")
                    .anyMatch(row -> row.contains(document) && (row.contains("ada") || row.contains("carla")));
        }
        Screenshots.save(browser, "assignments");

        logInAs("carla");
        List<WebElement> mine = browser.findElements(By.cssSelector("#my-assignments\\:list tbody tr"));
        assertThat(mine).as("the demo news item and at least one of today's").hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.id("my-assignments")).getText()).contains("passages");
        long submittedBefore = submittedRows();
        browser.findElement(By.cssSelector("#my-assignments\\:list tbody tr button.submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(b -> submittedRows() == submittedBefore + 1);
        Screenshots.save(browser, "my-assignments");
    }

    @Test
    @DisplayName("Coding is blind until a supervisor reveals a submitted document; then each coder sees the other's")
    // The demo: ben and carla coded the militia's statement blind and submitted it.
    void revealBlindCodings() {
        benInTheSeminar();
        CodingPage before = CodingPage.fromDocument(DocumentsPage.openProject(browser, PROJECT)
                .open(STATEMENT).browser());
        assertThat(before.codingCount()).as("only his own").isEqualTo(1);

        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        browser.findElement(By.id("assignments-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        By statementRow = By.xpath("//*[@id='overview:list']//tr[contains(., " + XPaths.literal(STATEMENT)
                + ") and contains(., 'ben')]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(statementRow)).findElement(By.cssSelector(
                "button.reveal")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assign:messages"),
                "now see each other's codings"));
        assertThat(browser.findElement(statementRow).getText()).contains("revealed");
        Screenshots.save(browser, "assignments-revealed");

        benInTheSeminar();
        CodingPage after = CodingPage.fromDocument(DocumentsPage.openProject(browser, PROJECT)
                .open(STATEMENT).browser());
        assertThat(after.codingCount()).as("his and carla's").isEqualTo(3);
        assertThat(after.highlights()).anyMatch(h -> h.contains("Evaluation"));
    }

    /** ben is in two tenants; the statement is in the seminar's project. */
    private void benInTheSeminar() {
        DashboardPage dashboard = logInAs("ben");
        if (!dashboard.tenantName().equals(SEMINAR)) {
            dashboard.switchTo(SEMINAR);
        }
    }

    private long submittedRows() {
        return browser.findElements(By.cssSelector("#my-assignments\\:list tbody tr")).stream()
                .filter(row -> row.getText().contains("submitted")).count();
    }
}
