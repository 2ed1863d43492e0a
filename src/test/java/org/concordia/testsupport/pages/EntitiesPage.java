package org.concordia.testsupport.pages;

import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Entities: merge suggestions, the registry of entities with their names, and the merges made. */
public final class EntitiesPage extends Page {

    public EntitiesPage(WebDriver browser) {
        super(browser, By.id("entities:suggestions"));
    }

    public String suggestions() {
        return text("entities:suggestions");
    }

    /** The registry's row of the entity that has this name: all its names, its kind. */
    public String entityNamed(String name) {
        return text(By.xpath("//tbody[@id='entities:list_data']/tr[contains(., " + XPaths.literal(name) + ")]"));
    }

    /** Takes the suggestion about {@code merged}, keeping {@code kept}'s spelling; waits for the merge to be listed. */
    public EntitiesPage mergeKeeping(String merged, String kept) {
        browser.findElement(By.xpath("//tr[contains(., " + XPaths.literal(merged) + ")]//button[contains(., "
                + XPaths.literal("Keep " + kept) + ")]")).click();
        waitForText("entities:merges", "\u201c" + merged + "\u201d into \u201c" + kept + "\u201d");
        return this;
    }

    /** Undoes the merge of {@code merged} and waits until the list says who undid it. */
    public EntitiesPage undoMergeOf(String merged, String by) {
        browser.findElement(By.xpath("//tbody[@id='entities:merges_data']/tr[contains(., " + XPaths.literal(merged)
                + ")]//button[contains(@class,'undo-merge')]")).click();
        waitForText("entities:merges", "undone by " + by);
        return this;
    }

    /** Follows the entity's "Its mentions" link: its codings and passages under every name it goes by. */
    public MentionsPage mentionsOf(String name) {
        browser.findElement(By.xpath("//tbody[@id='entities:list_data']/tr[contains(., " + XPaths.literal(name)
                + ")]//a[contains(@class,'mentions-link')]")).click();
        return new MentionsPage(browser);
    }
}
