package org.concordia.testsupport.pages;

import java.time.Duration;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Tenant &gt; Members: admins change roles and remove members. */
public final class MembersPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private MembersPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // AJAX re-renders what a wait is reading: try again rather than fail.
        this.wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members:list")));
    }

    public static MembersPage openFromMenu(WebDriver browser) {
        browser.findElement(By.id("menu-members")).click();
        return new MembersPage(browser);
    }

    public String roleOf(String username) {
        return row(username).findElement(By.className("role")).getText();
    }

    /** Picks "Make &lt;role&gt;" in the member's "Change role" menu and waits for the new role to show. */
    public MembersPage changeRole(String username, String role) {
        WebElement menuButton = row(username).findElement(By.className("change-role"));
        menuButton.findElement(By.tagName("button")).click();
        // PrimeFaces renders a menu button's items in an overlay with the id <menu button id>_menu.
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + menuButton.getAttribute("id")
                + "_menu']//a[normalize-space(.)=" + XPaths.literal("Make " + role) + "]"))).click();
        wait.until(d -> roleOf(username).equals(role));
        return this;
    }

    private WebElement row(String username) {
        return browser.findElement(By.xpath("//tr[.//span[contains(@class,'username') and normalize-space(.)=" + XPaths.literal(username) + "]]"));
    }
}
