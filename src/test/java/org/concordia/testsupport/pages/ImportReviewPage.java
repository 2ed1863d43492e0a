package org.concordia.testsupport.pages;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The import review of one document: figures, the cleaned text, the decisions, the OCR suggestions. */
public final class ImportReviewPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public ImportReviewPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisions-heading")));
        } catch (org.openqa.selenium.TimeoutException e) {
            org.concordia.testsupport.Screenshots.save(browser, "import-review-not-shown");
            throw new AssertionError("The import review did not open: " + browser.getCurrentUrl() + " shows "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    public String figures() {
        return stable(() -> browser.findElement(By.id("review:figures")).getText());
    }

    public List<String> passages() {
        return stable(() -> browser.findElements(By.cssSelector(".cleanup-text .passage .passage-text")).stream()
                .map(WebElement::getText).toList());
    }

    /** Each passage's kind as shown (heading, paragraph, bullet item, note). */
    public List<String> kinds() {
        return stable(() -> browser.findElements(By.cssSelector(".cleanup-text .passage .passage-kind")).stream()
                .map(e -> e.getText().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /** Each decision row as text: what, text, reason. */
    public List<String> decisions() {
        return stable(() -> browser.findElements(By.cssSelector("[id='review:steps'] tbody tr")).stream()
                .map(WebElement::getText).toList());
    }

    /** Undoes (or redoes) the first decision whose text contains {@code text}, and waits for the page to change. */
    public ImportReviewPage toggleDecision(String text) {
        WebElement button = browser.findElement(By.xpath("//*[@id='review:steps']//tr[.//span[contains(@class,"
                + "'step-text') and contains(., " + XPaths.literal(text) + ")]]//button[contains(@class,'step-toggle')]"));
        String label = button.getText();
        button.click();
        wait.until(d -> !d.findElements(By.xpath("//*[@id='review:steps']//tr[.//span[contains(@class,'step-text')"
                + " and contains(., " + XPaths.literal(text) + ")]]//button[contains(@class,'step-toggle') and"
                + " normalize-space(.)!=" + XPaths.literal(label) + "]")).isEmpty());
        return this;
    }

    /** Turns passage {@code number} (from 1) into a passage of the kind labelled {@code kind} ("note"). */
    public ImportReviewPage makeKind(int number, String kind) {
        WebElement passage = browser.findElement(By.id("passage-" + (number - 1)));
        passage.findElement(By.xpath(".//a[normalize-space(.)=" + XPaths.literal(kind) + "]")).click();
        wait.until(d -> kinds().get(number - 1).equals(kind));
        return this;
    }

    public List<String> suggestions() {
        return stable(() -> browser.findElements(By.cssSelector("[id$='suggestions'] tbody tr")).stream()
                .map(WebElement::getText).toList());
    }

    /** Applies the suggestion for {@code word} and waits until the word is gone from the text. */
    public ImportReviewPage applySuggestion(String word) {
        browser.findElement(By.xpath("//tr[.//span[contains(@class,'ocr-word') and normalize-space(.)="
                + XPaths.literal(word) + "]]//button[contains(@class,'apply')]")).click();
        wait.until(d -> passages().stream().noneMatch(p -> p.matches("(?s).*\\b" + word + "\\b.*")));
        return this;
    }

    public List<String> corrections() {
        return stable(() -> browser.findElements(By.cssSelector("ul.corrections li")).stream()
                .map(WebElement::getText).toList());
    }

    /** The messages shown above the figures (the import's own after an upload). */
    public String messages() {
        return stable(() -> browser.findElement(By.id("review:messages")).getText());
    }

    /** Follows the breadcrumb to the document's page (its passages). */
    public DocumentPage openDocument() {
        browser.findElement(By.cssSelector("p.breadcrumb a:last-of-type")).click();
        return new DocumentPage(browser);
    }

    /** Follows the link to the document of the page's reader comments. */
    public ImportReviewPage openComments() {
        browser.findElement(By.id("review:comments-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "reader comments left"));
        return new ImportReviewPage(browser);
    }

    private <T> T stable(Supplier<T> read) {
        return wait.until(d -> {
            try {
                return read.get();
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }
}
