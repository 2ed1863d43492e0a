package org.concordia.testsupport.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
        return browser.findElements(By.cssSelector(".passage .passage-text")).stream().map(WebElement::getText)
                .toList();
    }

    /** Each passage's kind (HEADING, PARAGRAPH, BULLET), in reading order. */
    public List<String> kinds() {
        return browser.findElements(By.cssSelector(".passage")).stream()
                .map(e -> e.getAttribute("class").replaceAll(".*passage-(\\w+).*", "$1")).toList();
    }
}
