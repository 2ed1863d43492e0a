package org.concordia.testsupport.pages;

import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Conflicting accounts: the propositions, one open with its evidence, and the verdict recorded on it. */
public final class LedgerPage extends Page {

    public LedgerPage(WebDriver browser) {
        super(browser, By.id("ledger:propositions"));
    }

    public LedgerPage waitForProposition(String title) {
        waitForText("ledger:propositions", title);
        return this;
    }

    /** The proposition's row: conflicts, sources, status. */
    public String row(String title) {
        return text(rowOf(title));
    }

    public LedgerPage open(String title) {
        browser.findElement(By.xpath(rowXPath(title) + "//button[contains(@class,'open-proposition')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace:evidence")));
        return this;
    }

    /** The open proposition's claims with their quotes, sources and attributions. */
    public String evidence() {
        return text("workspace:evidence");
    }

    /** The open proposition's notices of sources whose passages about it are not settled yet. */
    public String unsettled() {
        return browser.findElements(By.cssSelector(".notice.unsettled")).stream().map(e -> e.getText())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Follows the first unsettled passage's link to Review, where the passage opens. */
    public ReviewPage openUnsettledInReview() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".unsettled-link"))).click();
        return new ReviewPage(browser).waitForOpenPassage();
    }

    /** Turns on the exploration view of each coder's claims and returns them. */
    public String showEachCodersClaims() {
        browser.findElement(By.cssSelector("[id='workspace:per-coder'] .ui-chkbox-box")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace:per-coder-claims")));
        return text(By.cssSelector(".exploration"));
    }

    /** Records a verdict of the kind whose label starts with {@code kind} ("reconciled"), with a rationale. */
    public LedgerPage recordVerdict(String kind, String rationale) {
        browser.findElement(By.xpath("//*[@id='workspace:kind']//label[starts-with(normalize-space(.), "
                + XPaths.literal(kind) + ")]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("workspace:rationale"))).sendKeys(rationale);
        browser.findElement(By.id("workspace:record")).click();
        waitForText("status", kind);
        return this;
    }

    public String verdict() {
        return text(By.cssSelector(".verdict"));
    }

    /** Goes on to the actor network and timeline. */
    public AccountsPage openAccounts() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts-link"))).click();
        return new AccountsPage(browser);
    }

    private static By rowOf(String title) {
        return By.xpath(rowXPath(title));
    }

    private static String rowXPath(String title) {
        return "//tbody[@id='ledger:propositions_data']/tr[contains(., " + XPaths.literal(title) + ")]";
    }
}
