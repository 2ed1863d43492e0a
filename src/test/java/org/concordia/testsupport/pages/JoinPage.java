package org.concordia.testsupport.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** join.xhtml: what an invitation offers, and the button that accepts it. */
public final class JoinPage {

    private final WebDriver browser;

    public JoinPage(WebDriver browser) {
        this.browser = browser;
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("join:code")));
    }

    public String offeredTenant() {
        return browser.findElement(By.id("join:offer-tenant")).getText();
    }

    public DashboardPage accept() {
        browser.findElement(By.id("join:accept")).click();
        return new DashboardPage(browser);
    }
}
