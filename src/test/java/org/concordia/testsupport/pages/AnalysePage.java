package org.concordia.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Analyse: coded segments, claim types by document or detail, claim types applied together. */
public final class AnalysePage extends Page {

    public AnalysePage(WebDriver browser) {
        super(browser, By.cssSelector("nav.tabs"));
    }

    /** From a project's documents page: the Analyse link above its documents. */
    public static AnalysePage fromProject(WebDriver browser) {
        browser.findElement(By.id("analyse-link")).click();
        return new AnalysePage(browser);
    }

    /** Lists the coded segments of the claim types named (as the list shows them, without indentation). */
    public AnalysePage segmentsOf(String... claimTypes) {
        Select types = new Select(browser.findElement(By.id("segment-types")));
        types.deselectAll();
        for (WebElement option : types.getOptions()) {
            if (List.of(claimTypes).contains(option.getText().strip())) {
                types.selectByValue(option.getAttribute("value"));
            }
        }
        browser.findElement(By.id("segment-show")).click();
        return new AnalysePage(browser);
    }

    /** "3 coded segments" */
    public String summary() {
        return text("segment-summary");
    }

    /** What the selection is, in words ("Outlet or publisher: Baghdad Wire"). */
    public String selection() {
        return text(By.cssSelector(".selection"));
    }

    public List<String> quotes() {
        return browser.findElements(By.cssSelector("#segments .quote")).stream().map(WebElement::getText).toList();
    }

    public List<String> coders() {
        return browser.findElements(By.cssSelector("#segments tr.segment td:nth-child(4)")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens a view by its tab: "tab-segments", "tab-codes", "tab-time", "tab-together". */
    public AnalysePage tab(String id) {
        browser.findElement(By.id(id)).click();
        return new AnalysePage(browser);
    }

    /** On "Claim types by document": shows the rows by a detail (its label in the list). */
    public AnalysePage rowsBy(String dimension) {
        new Select(browser.findElement(By.id("codes-by"))).selectByVisibleText(dimension);
        browser.findElement(By.id("codes-show")).click();
        return new AnalysePage(browser);
    }

    /** The row headings of the table shown ({@code codes-table} or {@code together-table}). */
    public List<String> rowHeadings(String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId + " tbody th")).stream().map(WebElement::getText)
                .toList();
    }

    /** The count in the row headed {@code row}, column headed {@code column}. */
    public String cell(String tableId, String row, String column) {
        return cellElement(tableId, row, column).getText();
    }

    /** Opens the segments behind a count. */
    public AnalysePage openCell(String tableId, String row, String column) {
        cellElement(tableId, row, column).findElement(By.tagName("a")).click();
        return new AnalysePage(browser);
    }

    public boolean chartShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#codes-chart canvas")));
        return true;
    }

    /** Exports the segments listed as CSV; the exports page follows. */
    public void exportCsv() {
        browser.findElement(By.id("segment-export:export-csv")).click();
    }

    private WebElement cellElement(String tableId, String row, String column) {
        List<String> columns = browser.findElements(By.cssSelector("#" + tableId + " thead th")).stream()
                .map(WebElement::getText).toList();
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new AssertionError("no column " + column + " in " + columns);
        }
        WebElement tr = browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row + " in " + rowHeadings(tableId)));
        return tr.findElements(By.cssSelector("th, td")).get(index);
    }
}
