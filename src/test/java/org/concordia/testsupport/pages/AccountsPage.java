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

    /**
     * The timeline's items that lie outside its visible area (above, below or beside the window the timeline
     * shows), by their text: a reader would not see them without scrolling the timeline itself. A timeline left
     * hidden (vis-timeline waiting for a first draw) hides them all.
     */
    @SuppressWarnings("unchecked")
    public List<String> timelineItemsOutOfSight() {
        WebElement timeline = browser.findElement(By.id("accounts:timeline"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", timeline);
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                if (getComputedStyle(arguments[0].querySelector('.vis-timeline')).visibility !== 'visible') {
                  return ['the whole timeline: it is hidden'];
                }
                const panel = arguments[0].querySelector('.vis-panel.vis-center');
                const area = panel.getBoundingClientRect();
                return [...arguments[0].querySelectorAll('.vis-item')].filter(item => {
                  const r = item.getBoundingClientRect();
                  return r.bottom <= area.top || r.top >= area.bottom || r.right <= area.left || r.left >= area.right;
                }).map(item => item.textContent.trim());
                """, timeline);
    }

    /** The actors' positions on the network drawing, by name, as the page placed them (left and top, in px). */
    public java.util.Map<String, org.openqa.selenium.Point> actorPositions() {
        java.util.Map<String, org.openqa.selenium.Point> positions = new java.util.LinkedHashMap<>();
        for (WebElement actor : browser.findElements(By.cssSelector(".actor-network .actor"))) {
            positions.put(actor.getText(), actor.getLocation());
        }
        return positions;
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
