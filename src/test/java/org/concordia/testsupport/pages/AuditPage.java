package org.concordia.testsupport.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Tenant &gt; Audit trail. */
public final class AuditPage {

    private final WebDriver browser;

    private AuditPage(WebDriver browser) {
        this.browser = browser;
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:list")));
    }

    public static AuditPage openFromMenu(WebDriver browser) {
        browser.findElement(By.id("menu-audit")).click();
        return new AuditPage(browser);
    }

    /** Each row as text: when, who, what, and the changes with their values before and after. */
    public List<String> rows() {
        return browser.findElements(By.cssSelector("#audit\\:list tbody tr")).stream()
                .map(WebElement::getText).toList();
    }
}
