package org.concordia.testsupport.pages;

import java.util.List;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A project's assignments: who codes which document by when, their progress, reopening and revealing. */
public final class AssignmentsPage extends Page {

    public AssignmentsPage(WebDriver browser) {
        super(browser, By.id("assign:balanced"));
    }

    public static AssignmentsPage fromProject(WebDriver browser) {
        browser.findElement(By.id("assignments-link")).click();
        return new AssignmentsPage(browser);
    }

    /** Assigns every document to {@code perDocument} of these coders, balanced; returns the page's message. */
    public String assignBalanced(List<String> coders, int perDocument) {
        for (String coder : coders) {
            browser.findElement(By.xpath("//label[normalize-space(.)=" + XPaths.literal(coder) + "]")).click();
        }
        WebElement count = browser.findElement(By.id("assign:per-document_input"));
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(perDocument)); // the widget ignores clear()
        browser.findElement(By.id("assign:balanced")).click();
        waitForText("assign:messages", "assignments made");
        return text("assign:messages");
    }

    /** Each assignment as its row reads: document, coder, due, progress, state. */
    public List<String> rows() {
        return browser.findElements(By.cssSelector("#overview\\:list tbody tr")).stream().map(WebElement::getText)
                .toList();
    }

    /** Reveals everybody's codings of {@code document} on {@code coder}'s row; returns that row after. */
    public String reveal(String document, String coder) {
        By row = By.xpath("//*[@id='overview:list']//tr[contains(., " + XPaths.literal(document) + ") and contains(., "
                + XPaths.literal(coder) + ")]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(row)).findElement(By.cssSelector("button.reveal"))
                .click();
        waitForText("assign:messages", "now see each other's codings");
        return text(row);
    }
}
