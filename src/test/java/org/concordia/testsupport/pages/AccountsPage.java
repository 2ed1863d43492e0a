package org.concordia.testsupport.pages;

import java.util.List;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Actors and timeline: who backed or opposed whom, an actor's evidence, and the claims over time. */
public final class AccountsPage extends Page {

    public AccountsPage(WebDriver browser) {
        super(browser, By.cssSelector(".actor-network .actor"));
    }

    public String network() {
        return text("accounts:network");
    }

    /** The labels on the network's edges ("backed (contested)"), once drawn. */
    public List<String> edgeLabels() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".edge-label")));
        return browser.findElements(By.cssSelector(".edge-label")).stream().map(WebElement::getText).toList();
    }

    public int timelineItems() {
        return browser.findElements(By.cssSelector("#accounts\\:timeline .vis-item")).size();
    }

    /** Clicks an actor and waits for its claims to show, the first of them containing {@code expected}. */
    public AccountsPage showActor(String actor, String expected) {
        browser.findElement(By.xpath("//span[contains(@class,'actor-link')][normalize-space(.)="
                + XPaths.literal(actor) + "]")).click();
        waitForText("accounts:evidence", expected);
        return this;
    }

    public String evidence() {
        return text("accounts:evidence");
    }
}
