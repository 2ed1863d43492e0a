package org.concordia.testsupport.pages;

import java.time.Duration;
import java.util.List;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The coding screen of one document. */
public final class CodingPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public CodingPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".palette")));
    }

    /** From a document page. */
    public static CodingPage fromDocument(WebDriver browser) {
        browser.findElement(By.id("code-link")).click();
        return new CodingPage(browser);
    }

    /** Selects {@code phrase} where it first occurs in a passage, as a mouse drag would. */
    public CodingPage select(String phrase) {
        Object found = ((JavascriptExecutor) browser).executeScript("""
                const phrase = arguments[0];
                for (const passage of document.querySelectorAll('.passage-text[data-passage]')) {
                  const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.data.indexOf(phrase);
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(node, at);
                      range.setEnd(node, at + phrase.length);
                      const selection = window.getSelection();
                      selection.removeAllRanges();
                      selection.addRange(range);
                      document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                      return true;
                    }
                  }
                }
                return false;""", phrase);
        if (!Boolean.TRUE.equals(found)) {
            throw new IllegalStateException("No passage contains \"" + phrase + "\" as one uncoded stretch");
        }
        return this;
    }

    /** Presses a key with nothing focused but the page, as a coder does. */
    public CodingPage press(String key) {
        int before = codingCount();
        new Actions(browser).sendKeys(key).perform();
        wait.until(d -> codingCount() != before);
        return this;
    }

    /** Presses a key that selects another coding, and waits until the side panel shows a different one. */
    public CodingPage pressForSelection(String key) {
        String before = browser.findElements(By.id("coding-form:selected-id")).isEmpty() ? ""
                : browser.findElement(By.id("coding-form:selected-id")).getAttribute("value");
        new Actions(browser).sendKeys(key).perform();
        wait.until(d -> !d.findElements(By.id("coding-form:selected-id")).isEmpty()
                && !d.findElement(By.id("coding-form:selected-id")).getAttribute("value").equals(before));
        return this;
    }

    public int codingCount() {
        return Integer.parseInt(browser.findElement(By.id("coding-form:coding-count")).getText().split(" ")[0]);
    }

    /** The highlighted stretches of text with the claim types over them. */
    public List<String> highlights() {
        return browser.findElements(By.cssSelector(".seg[title]:not([title=''])")).stream()
                .map(e -> e.getText() + " = " + e.getAttribute("title")).toList();
    }

    public String selectedClaimType() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coding-form:selected-type")))
                .getText();
    }

    public String selectedQuote() {
        return browser.findElement(By.id("coding-form:selected-quote")).getText();
    }

    public CodingPage choose(String attribute, String value) {
        new Select(browser.findElement(By.cssSelector("select[data-attribute='" + attribute + "']")))
                .selectByVisibleText(value);
        return this;
    }

    public CodingPage type(String attribute, String value) {
        WebElement field = browser.findElement(By.cssSelector("input[data-attribute='" + attribute + "']"));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Types {@code typed} into an entity attribute and returns the names the registry's list offers. */
    public List<String> offeredNames(String attribute, String typed) {
        WebElement field = entityField(attribute);
        field.clear();
        field.sendKeys(typed);
        wait.until(d -> !shownNames().isEmpty());
        return shownNames().stream().map(WebElement::getText).toList();
    }

    /** Picks {@code name} from the open list of names by keyboard: down arrow to it, Enter. */
    public CodingPage pick(String attribute, String name) {
        WebElement field = entityField(attribute);
        List<String> offered = shownNames().stream().map(WebElement::getText).toList();
        if (!offered.contains(name)) {
            throw new AssertionError("\"" + name + "\" is not among the names offered: " + offered);
        }
        for (int i = 0; i <= offered.indexOf(name); i++) {
            field.sendKeys(Keys.ARROW_DOWN);
        }
        field.sendKeys(Keys.ENTER);
        wait.until(d -> name.equals(field.getAttribute("value")) && shownNames().isEmpty());
        return this;
    }

    private WebElement entityField(String attribute) {
        return browser.findElement(By.cssSelector("input[data-attribute='" + attribute + "']"));
    }

    /** The names of the list of names now shown (each entity attribute has a list of its own, hidden when closed). */
    private List<WebElement> shownNames() {
        return browser.findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    public CodingPage save() {
        browser.findElement(By.id("coding-form:save-coding")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("coding-form:messages"), "Saved."));
        return this;
    }

    /** Clicks the highlighted text that is exactly {@code phrase} and waits for the side panel to show it. */
    public CodingPage openCodingOver(String phrase) {
        browser.findElements(By.cssSelector(".seg[title]:not([title=''])")).stream()
                .filter(e -> e.getText().equals(phrase)).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBe(By.id("coding-form:selected-quote"), phrase));
        return this;
    }

    public String valueOf(String attribute) {
        WebElement field = browser.findElement(By.cssSelector("[data-attribute='" + attribute + "']"));
        return field.getTagName().equals("select") ? new Select(field).getFirstSelectedOption().getText()
                : field.getAttribute("value");
    }

    /** The coding stripes shown beside the passages: claim type and coder of each coding, "Support ada". */
    public List<String> stripes() {
        return stripeLabels(".stripe");
    }

    /** The pressed stripes: the coding the side panel shows. */
    public List<String> pressedStripes() {
        return stripeLabels(".stripe[aria-pressed='true']");
    }

    /** Read in one script, as the page shows them at one moment: an Ajax update may replace them meanwhile. */
    @SuppressWarnings("unchecked")
    private List<String> stripeLabels(String selector) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll(arguments[0])).map(s =>
                    s.querySelector('.stripe-type').textContent + ' ' + s.querySelector('.stripe-coder').textContent);""",
                selector);
    }

    @SuppressWarnings("unchecked")
    public List<String> highlightTitles() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.seg[title]')).map(s => s.title);");
    }

    public List<WebElement> selectedHighlights() {
        return browser.findElements(By.cssSelector(".seg.is-selected"));
    }

    /** Chooses one coder in the supervisor's "by" menu and waits until only their stripes are left. */
    public CodingPage showOnlyCoder(String coder) {
        new SelectMenu(browser, "coding-form:coder").choose(coder);
        wait.until(d -> stripes().stream().allMatch(s -> s.endsWith(" " + coder)));
        return this;
    }

    /** Presses the first stripe reading {@code label} and waits until the side panel shows that coding. */
    public CodingPage pressStripe(String label) {
        int index = stripes().indexOf(label);
        if (index < 0) {
            throw new IllegalStateException("No stripe " + label + " among " + stripes());
        }
        browser.findElements(By.cssSelector(".stripe")).get(index).click();
        wait.until(d -> !pressedStripes().isEmpty());
        return this;
    }

    /** "by ben, codebook version 1" in the side panel: the coder. */
    public String selectedCoder() {
        return browser.findElement(By.id("coding-form:selected-coder")).getText();
    }
}
