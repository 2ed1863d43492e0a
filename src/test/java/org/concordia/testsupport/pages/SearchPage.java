package org.concordia.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Search: the form, and what it found grouped by document with the hits marked. */
public final class SearchPage extends Page {

    public SearchPage(WebDriver browser) {
        super(browser, By.id("search-form"));
    }

    /** From a project's documents page: its search box. */
    public static SearchPage fromProject(WebDriver browser, String query) {
        browser.findElement(By.id("project-search-q")).sendKeys(query);
        browser.findElement(By.id("project-search-button")).click();
        SearchPage page = new SearchPage(browser);
        page.wait.until(whileThePageChanges(org.openqa.selenium.support.ui.ExpectedConditions
                .visibilityOfElementLocated(By.id("search-summary"))));
        return page;
    }

    /** "3 passages in 3 document(s)" */
    public String summary() {
        return text("search-summary");
    }

    public List<String> documentTitles() {
        return browser.findElements(By.cssSelector(".search-document h2")).stream().map(WebElement::getText)
                .toList();
    }

    /** The words marked as hits, in order. */
    public List<String> marked() {
        return browser.findElements(By.cssSelector(".kwic mark")).stream().map(WebElement::getText).toList();
    }

    public String alsoSearched() {
        return text(By.cssSelector(".also-searched"));
    }

    /** Opens the coding screen at the first hit; returns the id of the passage it was opened at. */
    public String openFirstHit() {
        WebElement link = browser.findElement(By.cssSelector(".search-hit .hit-link"));
        String href = link.getAttribute("href");
        link.click();
        return href.substring(href.indexOf('#') + 1);
    }

    /** Unfolds the filters, keeps one outlet's documents and searches again. */
    public SearchPage onlyFromOutlet(String outlet) {
        browser.findElement(By.cssSelector("#search-filters summary")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-outlet")))
                .selectByVisibleText(outlet);
        return searched();
    }

    /**
     * Unfolds the filters if they are folded, sets the fields named by their ids (a drop-down by the option's text, a
     * box by typing, a check box by "on" or "off") and searches again.
     */
    public SearchPage withFilters(java.util.Map<String, String> byFieldId) {
        if (browser.findElement(By.id("search-filters")).getAttribute("open") == null) {
            browser.findElement(By.cssSelector("#search-filters summary")).click();
        }
        byFieldId.forEach((id, value) -> {
            WebElement field = browser.findElement(By.id(id));
            if ("select".equals(field.getTagName())) {
                new org.openqa.selenium.support.ui.Select(field).selectByVisibleText(value);
            } else if ("checkbox".equals(field.getAttribute("type"))) {
                if (field.isSelected() != "on".equals(value)) {
                    field.click();
                }
            } else {
                field.clear();
                field.sendKeys(value);
            }
        });
        return searched();
    }

    /** The options a filter's drop-down offers, as read (folded filters too). */
    public List<String> choicesOf(String selectId) {
        return new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(selectId))).getOptions().stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }

    /** Searches again from this page's own box. */
    public SearchPage searchFor(String query) {
        WebElement box = browser.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys(query);
        return searched();
    }

    /** The memos and review comments found: "Comment by sam in the review of passage 4 of ..." and the words. */
    public List<String> notes() {
        return browser.findElements(By.cssSelector("#search-notes .note-hit")).stream().map(WebElement::getText)
                .toList();
    }

    /** Sends the form and waits for the results. */
    private SearchPage searched() {
        browser.findElement(By.id("search-button")).click();
        SearchPage page = new SearchPage(browser);
        page.wait.until(whileThePageChanges(org.openqa.selenium.support.ui.ExpectedConditions
                .visibilityOfElementLocated(By.id("search-summary"))));
        return page;
    }
}
