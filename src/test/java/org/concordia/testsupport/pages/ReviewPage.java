package org.concordia.testsupport.pages;

import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Review and adjudication: the queue of passages, and one passage open with its codings, discussion and decision. */
public final class ReviewPage extends Page {

    public ReviewPage(WebDriver browser) {
        super(browser, By.id("queue-form:queue"));
    }

    public ReviewPage waitForQueued(String passageText) {
        waitForText("queue-form:queue", passageText);
        return this;
    }

    /** "agreed: 2 · disputed: 1 ..." */
    public String stateCounts() {
        return text("state-counts");
    }

    /** Opens the queued passage that contains {@code passageText}. */
    public ReviewPage openPassage(String passageText) {
        browser.findElement(By.xpath("//tr[contains(., " + XPaths.literal(passageText) + ")]"
                + "//button[contains(@class,'open-passage')]")).click();
        return waitForOpenPassage();
    }

    public ReviewPage waitForOpenPassage() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passage-form:passage")));
        return this;
    }

    public ReviewPage waitForClosedPassage() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("passage-form:passage")));
        return this;
    }

    /** The coders' codings of the open passage, side by side, with the gold column. */
    public String sideBySide() {
        return text(By.cssSelector(".side-by-side"));
    }

    public String discussion() {
        return text(By.cssSelector(".discussion"));
    }

    public String goldColumn() {
        return text("gold-column");
    }

    public String passageState() {
        return text("passage-form:passage-state");
    }

    public ReviewPage comment(String text) {
        browser.findElement(By.id("passage-form:comment")).sendKeys(text);
        browser.findElement(By.id("passage-form:post-comment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".discussion"), text));
        return this;
    }

    /** Votes for {@code coder}'s version and waits until the vote is counted ("ben (1)"). */
    public ReviewPage voteFor(String coder, int votesAfter) {
        browser.findElement(By.xpath("//button[contains(@class,'vote')][starts-with(normalize-space(.), "
                + XPaths.literal(coder + " (") + ")]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[contains(@class,'vote')]"
                + "[normalize-space(.)=" + XPaths.literal(coder + " (" + votesAfter + ")") + "]")));
        return this;
    }

    /** Settles the open passage with {@code coder}'s version and a rationale; waits for the decision to show. */
    public ReviewPage settleWithVersionOf(String coder, String rationale) {
        new SelectMenu(browser, "passage-form:taken-from").choose(coder);
        browser.findElement(By.id("passage-form:rationale")).sendKeys(rationale);
        browser.findElement(By.id("passage-form:settle")).click();
        waitForText("passage-form:decision", coder + "'s version");
        return this;
    }

    public String decision() {
        return text("passage-form:decision");
    }

    /** Accepts every agreed passage into the gold standard, confirming, and returns the page's message. */
    public String acceptAgreedPassages() {
        browser.findElement(By.id("queue-form:accept-unanimous")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitForText("queue-form:messages", "gold standard");
        return text("queue-form:messages");
    }
}
