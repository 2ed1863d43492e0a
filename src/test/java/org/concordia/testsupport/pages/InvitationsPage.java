package org.concordia.testsupport.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Tenant &gt; Invitations: supervisors create invitation codes. */
public final class InvitationsPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public InvitationsPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitations:create")));
    }

    /** Opens the page from the menu, as a person would. */
    public static InvitationsPage openFromMenu(WebDriver browser) {
        browser.findElement(By.id("menu-invitations")).click();
        return new InvitationsPage(browser);
    }

    /** Creates an invitation with the form's defaults (coder, 14 days, 30 uses) and returns its link. */
    public String createInvitationLink() {
        browser.findElement(By.id("invitations:create")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitations:created-link"))).getText();
    }
}
