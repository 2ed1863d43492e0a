package org.concordia.testsupport.pages;

import java.time.Duration;
import java.util.List;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The tenant dashboard with the page frame around it (tenant, user, switcher, logout). */
public final class DashboardPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public DashboardPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // AJAX re-renders what a wait is reading: try again rather than fail.
        this.wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("projects:list")));
    }

    /** "My assignments": each row as it reads (document, due, progress, submit or submitted). */
    public List<String> myAssignments() {
        return browser.findElements(By.cssSelector("#my-assignments\\:list tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    /** Submits the assignment of the document titled so, confirming, and waits until one more reads "submitted". */
    public DashboardPage submitAssignment(String documentTitle) {
        long before = submitted();
        browser.findElement(By.xpath("//*[@id='my-assignments:list']//tbody/tr[contains(., "
                + XPaths.literal(documentTitle) + ")]//button[contains(@class, 'submit')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(d -> submitted() == before + 1);
        return this;
    }

    private long submitted() {
        return myAssignments().stream().filter(row -> row.contains("submitted")).count();
    }

    public String tenantName() {
        return browser.findElement(By.id("tenant-name")).getText();
    }

    public String role() {
        return browser.findElement(By.id("role")).getText();
    }

    public String userName() {
        return browser.findElement(By.id("user-name")).getText();
    }

    public List<String> projectNames() {
        return browser.findElements(By.cssSelector("#projects\\:list .project-name")).stream()
                .map(WebElement::getText).toList();
    }

    public boolean offersNewProject() {
        return !browser.findElements(By.id("projects:new-project")).isEmpty();
    }

    public boolean offersTenantSwitch() {
        return !browser.findElements(By.id("switcher:switch")).isEmpty();
    }

    /** Opens the tenant menu and picks the tenant whose name the item starts with. */
    public DashboardPage switchTo(String tenantName) {
        browser.findElement(By.id("switcher:switch_button")).click();
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='switcher:switch_menu']//a[starts-with(normalize-space(.), " + XPaths.literal(tenantName) + ")]")));
        item.click();
        wait.until(ExpectedConditions.textToBe(By.id("tenant-name"), tenantName));
        return new DashboardPage(browser);
    }

    public DashboardPage createProject(String name, String description) {
        browser.findElement(By.id("projects:new-project")).click();
        fillProjectDialog(name, description);
        return this;
    }

    public DashboardPage renameProject(String currentName, String newName) {
        browser.findElement(By.xpath("//tr[.//*[contains(@class,'project-name') and normalize-space(.)=" + XPaths.literal(currentName) + "]]//button[contains(@class,'rename')]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("project-form:name"), "value", currentName));
        fillProjectDialog(newName, null);
        return this;
    }

    public String message() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#projects\\:messages li")))
                .getText();
    }

    /** Saves what the browser shows to target/screenshots/{@code name}.png, for people reviewing a change. */
    public DashboardPage screenshot(String name) {
        Screenshots.save(browser, name);
        return this;
    }

    public void logOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
    }

    private void fillProjectDialog(String name, String description) {
        WebElement nameField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("project-form:name")));
        nameField.clear();
        nameField.sendKeys(name);
        if (description != null) {
            WebElement descriptionField = browser.findElement(By.id("project-form:description"));
            descriptionField.clear();
            descriptionField.sendKeys(description);
        }
        browser.findElement(By.id("project-form:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("project-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projects:list"), name));
    }
}
