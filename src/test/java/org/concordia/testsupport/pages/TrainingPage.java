package org.concordia.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Training: the exercises with each coder's score, and one attempt's feedback against gold. */
public final class TrainingPage extends Page {

    public TrainingPage(WebDriver browser) {
        super(browser, By.id("training:exercises"));
    }

    /** Opens Training from the menu. */
    public static TrainingPage fromMenu(WebDriver browser) {
        browser.findElement(By.id("menu-training")).click();
        return new TrainingPage(browser);
    }

    public TrainingPage waitForExercise(String title) {
        waitForText("training:exercises", title);
        return this;
    }

    public String exercises() {
        return text("training:exercises");
    }

    public boolean canOffer() {
        return !browser.findElements(By.id("training:offer")).isEmpty();
    }

    /** Opens the first attempt's feedback. */
    public TrainingPage showScore() {
        browser.findElement(By.cssSelector("#training\\:exercises .show-score")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("score-summary")));
        return this;
    }

    public String scoreSummary() {
        return text("score-summary");
    }

    public String feedback() {
        return text("training:feedback");
    }
}
