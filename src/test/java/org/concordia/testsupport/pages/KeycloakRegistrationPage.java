package org.concordia.testsupport.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's own registration page, reached from its login page ("Register"). */
public final class KeycloakRegistrationPage {

    private final WebDriver browser;

    private KeycloakRegistrationPage(WebDriver browser) {
        this.browser = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-register-form")));
    }

    /** From Keycloak's login page, follows its registration link. */
    public static KeycloakRegistrationPage fromLoginPage(WebDriver browser) {
        new KeycloakLoginPage(browser);
        browser.findElement(By.partialLinkText("Register")).click();
        return new KeycloakRegistrationPage(browser);
    }

    /** Registers a new person and waits until Keycloak has sent the browser back to Concordia. */
    public void register(String username, String firstName, String lastName, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("email")).sendKeys(username + "@example.org");
        browser.findElement(By.id("firstName")).sendKeys(firstName);
        browser.findElement(By.id("lastName")).sendKeys(lastName);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("password-confirm")).sendKeys(password);
        browser.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(":8080/concordia/"));
    }
}
