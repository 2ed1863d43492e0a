package org.concordia.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An entity's mentions: the codings that name it, and the passages whose text names it. */
public final class MentionsPage extends Page {

    public MentionsPage(WebDriver browser) {
        super(browser, By.id("mentions-in-text"));
    }

    /** How the codings that name the entity wrote its name, one per coding, in the table's order. */
    public List<String> codedAs() {
        return browser.findElements(By.cssSelector("#coded-mentions .coded-mention td:nth-child(5)")).stream()
                .map(WebElement::getText).toList();
    }

    /** The coders of those codings, in the same order. */
    public List<String> coders() {
        return browser.findElements(By.cssSelector("#coded-mentions .coded-mention td:nth-child(6)")).stream()
                .map(WebElement::getText).toList();
    }

    /** The words marked in the passages whose text names it. */
    public List<String> markedInText() {
        return browser.findElements(By.cssSelector("#mentions-in-text .kwic mark")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the coding screen at the first coding's passage. */
    public void openFirstCoding() {
        browser.findElement(By.cssSelector("#coded-mentions .coded-mention a")).click();
    }

    /** The search for the entity, to narrow it with filters. */
    public SearchPage searchInstead() {
        browser.findElement(By.id("search-instead")).click();
        return new SearchPage(browser);
    }
}
