package org.concordia.testsupport.pages;

import java.time.Duration;
import java.util.List;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One document: its title and its passages. */
public final class DocumentPage {

    private final WebDriver browser;

    public DocumentPage(WebDriver browser) {
        this.browser = browser;
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("document-title")));
    }

    public WebDriver browser() {
        return browser;
    }

    public String title() {
        return browser.findElement(By.id("document-title")).getText();
    }

    /** Each passage's text, in reading order. */
    public List<String> passages() {
        return stable(() -> browser.findElements(By.cssSelector(".passage .passage-text")).stream()
                .map(WebElement::getText).toList());
    }

    /** Each passage's kind (HEADING, PARAGRAPH, BULLET), in reading order. */
    public List<String> kinds() {
        return stable(() -> browser.findElements(By.cssSelector(".passage")).stream()
                .map(e -> e.getAttribute("class").replaceAll(".*passage-(\\w+).*", "$1")).toList());
    }

    /**
     * Puts the document into a new group and gives it variables (one "name: value" per line), by keyboard: the
     * fields are reached with Tab and the form saved with Enter on its button. Waits for the saved message.
     */
    public DocumentPage groupAndDescribe(String newGroup, String variableLines) {
        WebElement group = browser.findElement(By.id("grouping:new-group"));
        group.clear();
        group.sendKeys(newGroup);
        WebElement variables = browser.findElement(By.id("grouping:variables"));
        variables.clear();
        variables.sendKeys(variableLines);
        browser.findElement(By.id("grouping:save-grouping")).sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("grouping:grouping-messages"), "saved"));
        return this;
    }

    /** Back to the project's documents by the breadcrumb. */
    public DocumentsPage backToDocuments() {
        browser.findElement(By.xpath("//p[contains(@class,'breadcrumb')]/a[2]")).click();
        return new DocumentsPage(browser);
    }

    /** The names of the groups ticked for this document. */
    public List<String> chosenGroups() {
        return stable(() -> browser.findElements(By.cssSelector("#grouping\\:groups input:checked")).stream()
                .map(box -> browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                        .getText()).toList());
    }

    /** Merges the passage numbered {@code number} (as shown, from 1) with the next, and waits for the result. */
    public DocumentPage mergeWithNext(int number) {
        int before = passages().size();
        action(number, "merge-next").click();
        waitForPassageCount(before - 1);
        return this;
    }

    /** Splits the passage numbered {@code number} before the sentence that starts with {@code sentenceStart}. */
    public DocumentPage split(int number, String sentenceStart) {
        int before = passages().size();
        action(number, "split").click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[@id='split-dialog']//label[starts-with("
                + "normalize-space(.), " + XPaths.literal(sentenceStart) + ")]"))).click();
        browser.findElement(By.id("split-form:split-button")).click();
        waitForPassageCount(before + 1);
        return this;
    }

    private WebElement action(int number, String cssClass) {
        WebElement passage = browser.findElement(By.id("passage-" + (number - 1)));
        new Actions(browser).moveToElement(passage).perform();
        return passage.findElement(By.cssSelector("a." + cssClass));
    }

    private void waitForPassageCount(int count) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(b -> passages().size() == count);
    }

    /** Reads the page again while an Ajax update replaces the elements being read. */
    private <T> T stable(java.util.function.Supplier<T> read) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class).ignoring(RuntimeException.class);
        return wait.until(b -> read.get());
    }
}
