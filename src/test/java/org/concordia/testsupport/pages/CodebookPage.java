package org.concordia.testsupport.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A project's codebook page. */
public final class CodebookPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public CodebookPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codebook:claim-types")));
    }

    /** From a project's documents page. */
    public static CodebookPage fromProject(WebDriver browser) {
        browser.findElement(By.id("codebook-link")).click();
        return new CodebookPage(browser);
    }

    /** Fills an empty codebook with the starter claim types (the button shows only on an empty codebook). */
    public CodebookPage startFromTheStarterCodebook() {
        browser.findElement(By.id("codebook:starter")).click();
        wait.until(d -> !claimTypeNames().isEmpty());
        return this;
    }

    public List<String> claimTypeNames() {
        return browser.findElements(By.cssSelector("#codebook\\:claim-types .claim-type-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** How often the claim type called {@code name} was applied, as its row says. */
    public long countOf(String name) {
        return Long.parseLong(browser.findElement(By.xpath("//tbody[@id='codebook:claim-types_data']/tr[.//*["
                + "contains(@class,'claim-type-name')][normalize-space(.)=" + org.concordia.testsupport.XPaths.literal(name)
                + "]]//*[contains(@class,'claim-type-count')]")).getText().strip());
    }

    /** The heading of the counts' column: "Codings", or "Your codings" for a coder. */
    public String countsHeading() {
        return browser.findElement(By.cssSelector("#codebook\\:claim-types th.count-column")).getText().strip();
    }

    public List<String> hotkeys() {
        return browser.findElements(By.cssSelector("#codebook\\:claim-types .hotkey")).stream()
                .map(WebElement::getText).toList();
    }

    public String version() {
        return browser.findElement(By.id("version")).getText();
    }

    public List<String> changeLog() {
        return browser.findElements(By.cssSelector("#changes tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Adds a top-level claim type with one (nominal) choice attribute through the dialog. */
    public CodebookPage addClaimType(String name, String definition, String hotkey, String attribute,
            String choices) {
        return addClaimType(name, definition, hotkey, attribute, choices, null, () -> { });
    }

    /**
     * Adds a top-level claim type with one choice attribute through the dialog, on the level of measurement named
     * as the menu shows it ("ordinal"), or the usual one for null; {@code beforeSave} runs with the dialog filled in.
     */
    public CodebookPage addClaimType(String name, String definition, String hotkey, String attribute,
            String choices, String level, Runnable beforeSave) {
        browser.findElement(By.id("codebook:new-claim-type")).click();
        WebElement nameField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-type-form:name")));
        nameField.sendKeys(name);
        browser.findElement(By.id("claim-type-form:definition")).sendKeys(definition);
        browser.findElement(By.id("claim-type-form:hotkey")).sendKeys(hotkey);
        browser.findElement(By.id("claim-type-form:add-attribute")).click();
        WebElement attributeName = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id$='attribute-name']")));
        attributeName.sendKeys(attribute);
        choose("attribute-type", "choice");
        browser.findElement(By.cssSelector("[id$='attribute-choices']")).sendKeys(choices);
        if (level != null) {
            wait.until(d -> d.findElements(By.cssSelector("select[id$='attribute-level_input'] option")).size() > 1);
            choose("attribute-level", level);
        }
        beforeSave.run();
        browser.findElement(By.id("claim-type-form:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim-type-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("codebook:claim-types"), name));
        return this;
    }

    /** Picks {@code label} in the dialog's PrimeFaces menu whose id ends in {@code id}, as a user does. */
    private void choose(String id, String label) {
        String menu = browser.findElement(By.cssSelector("div.ui-selectonemenu[id$='" + id + "']")).getAttribute("id");
        new SelectMenu(browser, menu).choose(label);
    }

    /** The attributes the codebook lists for the claim type called {@code name}, as the chips read. */
    public List<String> attributesOf(String name) {
        return browser.findElements(By.cssSelector("#codebook\\:claim-types tbody tr")).stream()
                .filter(row -> row.getText().contains(name))
                .flatMap(row -> row.findElements(By.cssSelector(".attribute-chip")).stream())
                .map(WebElement::getText).toList();
    }

    /** Tries to add a claim type with {@code hotkey} through the dialog and returns what the dialog then says. */
    public String refusalOfClaimTypeWithHotkey(String name, String hotkey) {
        browser.findElement(By.id("codebook:new-claim-type")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-type-form:name"))).sendKeys(name);
        browser.findElement(By.id("claim-type-form:hotkey")).sendKeys(hotkey);
        browser.findElement(By.id("claim-type-form:save")).click();
        By messages = By.cssSelector("#claim-type-form\\:dialog-messages .ui-messages-error");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(messages)).getText();
    }
}
