package org.concordia.testsupport.pages;

import java.time.Duration;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Platform &gt; Tenants: platform administrators open, archive and restore tenants. */
public final class TenantsAdminPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public TenantsAdminPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // AJAX re-renders what a wait is reading: try again rather than fail.
        this.wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenants:open")));
    }

    public TenantsAdminPage open(String name, String slug, String firstAdmin) {
        browser.findElement(By.id("tenants:name")).sendKeys(name);
        browser.findElement(By.id("tenants:slug")).sendKeys(slug);
        browser.findElement(By.id("tenants:admin")).sendKeys(firstAdmin);
        browser.findElement(By.id("tenants:open")).click();
        wait.until(d -> !d.findElements(rowOf(name)).isEmpty());
        return this;
    }

    public String stateOf(String name) {
        return browser.findElement(rowOf(name)).findElement(By.className("state")).getText();
    }

    /** Archives the tenant, confirming it in the dialog that asks first. */
    public TenantsAdminPage archive(String name) {
        return askToArchive(name).confirmArchive(name);
    }

    /** Presses Archive and waits for the dialog that asks first, which must name the tenant. */
    public TenantsAdminPage askToArchive(String name) {
        browser.findElement(rowOf(name)).findElement(By.cssSelector("button.archive")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".ui-confirm-dialog")));
        if (!dialog.getText().contains(name)) {
            throw new IllegalStateException("The confirmation does not name " + name + ": " + dialog.getText());
        }
        return this;
    }

    /** Answers yes in the open confirmation. */
    public TenantsAdminPage confirmArchive(String name) {
        browser.findElement(By.cssSelector(".ui-confirm-dialog button.ui-confirmdialog-yes")).click();
        wait.until(d -> stateOf(name).equals("archived"));
        return this;
    }

    public TenantsAdminPage restore(String name) {
        return press(name, "restore", "active");
    }

    private TenantsAdminPage press(String name, String button, String expectedState) {
        WebElement row = browser.findElement(rowOf(name));
        row.findElement(By.cssSelector("button." + button)).click();
        wait.until(d -> stateOf(name).equals(expectedState));
        return this;
    }

    private static By rowOf(String name) {
        return By.xpath("//tr[.//span[contains(@class,'tenant') and normalize-space(.)=" + XPaths.literal(name) + "]]");
    }
}
