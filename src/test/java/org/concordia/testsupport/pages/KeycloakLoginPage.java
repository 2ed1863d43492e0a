package org.concordia.testsupport.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's own login page, as every user meets it. */
public final class KeycloakLoginPage {

    private final WebDriver browser;

    public KeycloakLoginPage(WebDriver browser) {
        this.browser = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
    }

    /** Logs in and waits until Keycloak has sent the browser back to Concordia. */
    public void logInAs(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.urlMatches("^http://localhost:\\d+/concordia/"));
    }
}
