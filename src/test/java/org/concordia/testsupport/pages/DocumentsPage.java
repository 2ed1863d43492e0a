package org.concordia.testsupport.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A project's documents: the list, the upload, the paste box and the import summary. */
public final class DocumentsPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public DocumentsPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // AJAX re-renders what a wait is reading: try again rather than fail.
        this.wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documents:list")));
    }

    /** From the dashboard, opens the project with this name. */
    public static DocumentsPage openProject(WebDriver browser, String projectName) {
        browser.findElement(By.xpath("//a[contains(@class,'project-link')][.//*[normalize-space(.)="
                + XPaths.literal(projectName) + "]]")).click();
        return new DocumentsPage(browser);
    }

    /** The project's pages, by the links above its documents. */
    public ReviewPage openReview() {
        browser.findElement(By.id("review-link")).click();
        return new ReviewPage(browser);
    }

    public AgreementPage openAgreement() {
        browser.findElement(By.id("agreement-link")).click();
        return new AgreementPage(browser);
    }

    public MonitorPage openMonitoring() {
        browser.findElement(By.id("monitor-link")).click();
        return new MonitorPage(browser);
    }

    public LedgerPage openConflictingAccounts() {
        browser.findElement(By.id("ledger-link")).click();
        return new LedgerPage(browser);
    }

    public EntitiesPage openEntities() {
        browser.findElement(By.id("entities-link")).click();
        return new EntitiesPage(browser);
    }

    /** Chooses files for the upload, which starts at once, and waits for the summary to count them. */
    public DocumentsPage upload(Path... files) {
        String paths = String.join("\n", java.util.Arrays.stream(files).map(Path::toString).toList());
        browser.findElement(By.id("import:files_input")).sendKeys(paths);
        wait.until(d -> !d.findElements(By.id("summary-counts")).isEmpty()
                && summaryRows().size() >= files.length);
        return this;
    }

    /** Uploads one file that imports, which opens its import review. */
    public ImportReviewPage uploadOne(Path file) {
        browser.findElement(By.id("import:files_input")).sendKeys(file.toString());
        return new ImportReviewPage(browser);
    }

    /** Imports pasted text, which opens its import review. */
    public ImportReviewPage paste(String title, String text) {
        typePasted(title, text);
        browser.findElement(By.id("import:import-pasted")).click();
        return new ImportReviewPage(browser);
    }

    /** Types a title and text into the paste box, without importing them. */
    public DocumentsPage typePasted(String title, String text) {
        browser.findElement(By.id("import:pasted-title")).sendKeys(title);
        browser.findElement(By.id("import:pasted-text")).sendKeys(text);
        return this;
    }

    /** Whether leaving the page now would make the browser ask first (the page's beforeunload handler says so). */
    public boolean wouldAskBeforeLeaving() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                        + " return e.defaultPrevented;"));
    }

    public String summaryCounts() {
        return browser.findElement(By.id("summary-counts")).getText();
    }

    /** Each row of the import summary as text: file, result, details. */
    public List<String> summaryRows() {
        return browser.findElements(By.cssSelector("#outcomes tbody tr")).stream().map(WebElement::getText).toList();
    }

    public List<String> documentTitles() {
        return browser.findElements(By.cssSelector("#documents\\:list .document-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** Shows only the documents of one group, chosen by its label in the filter ("Interviews (1)"). */
    public DocumentsPage showGroup(String label) {
        new SelectMenu(browser, "documents:group-filter").choose(label);
        return this;
    }

    /** Each document's line of groups and variables under its title, by title. */
    public java.util.Map<String, String> grouping() {
        java.util.Map<String, String> grouping = new java.util.LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#documents\\:list tbody tr"))) {
            List<WebElement> title = row.findElements(By.cssSelector(".document-title"));
            if (!title.isEmpty()) {
                grouping.put(title.get(0).getText(), row.findElement(By.cssSelector(".document-grouping")).getText());
            }
        }
        return grouping;
    }

    public DocumentPage open(String title) {
        browser.findElement(By.xpath("//a[contains(@class,'document-title') and normalize-space(.)=" + XPaths.literal(title) + "]"))
                .click();
        return new DocumentPage(browser);
    }
}
