package org.concordia.testsupport.pages;

import java.time.Duration;
import org.concordia.testsupport.XPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A PrimeFaces drop-down ({@code p:selectOneMenu}) chosen as a person does: open it, click the option. PrimeFaces
 * opens the panel with a CSS transition; on a slow machine a click that lands while it is still running can be
 * lost, so the option is clicked once the transition has ended (the panel is marked {@code -enter-done}), and the
 * choice is tried again (up to three times) until the menu's label shows it.
 */
public final class SelectMenu {

    private final WebDriver browser;
    private final String id;

    public SelectMenu(WebDriver browser, String clientId) {
        this.browser = browser;
        this.id = clientId;
    }

    public void choose(String label) {
        By menu = By.id(id);
        By panel = By.id(id + "_panel");
        By option = By.xpath("//*[@id=" + XPaths.literal(id + "_items") + "]//li[@data-label="
                + XPaths.literal(label) + "]");
        By shown = By.id(id + "_label");
        for (int attempt = 1; ; attempt++) {
            try {
                browser.findElement(menu).click();
                WebDriverWait opening = new WebDriverWait(browser, Duration.ofSeconds(10));
                opening.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
                opening.until(d -> {
                    WebElement open = d.findElement(panel);
                    return open.isDisplayed() && open.getAttribute("class").contains("ui-connected-overlay-enter-done");
                });
                opening.until(ExpectedConditions.elementToBeClickable(option)).click();
                opening.until(ExpectedConditions.textToBe(shown, label));
                opening.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
                return;
            } catch (TimeoutException | ElementNotInteractableException e) {
                // the panel was caught mid-way (a click intercepted is not interactable too): open it again
                if (attempt == 3) {
                    throw e;
                }
                closeIfOpen(menu, panel);
            }
        }
    }

    /**
     * Closes a panel left open, once its opening transition has ended: PrimeFaces reverts to the value it noted when
     * the panel had opened, and a panel closed before that throws a script error of its own.
     */
    private void closeIfOpen(By menu, By panel) {
        WebDriverWait settling = new WebDriverWait(browser, Duration.ofSeconds(10));
        settling.ignoring(StaleElementReferenceException.class);
        settling.until(d -> d.findElements(panel).stream().noneMatch(open -> open.isDisplayed()
                && !open.getAttribute("class").contains("ui-connected-overlay-enter-done")));
        if (browser.findElements(panel).stream().anyMatch(WebElement::isDisplayed)) {
            browser.findElement(menu).click();
            settling.until(d -> d.findElements(panel).stream().noneMatch(WebElement::isDisplayed));
        }
    }
}
