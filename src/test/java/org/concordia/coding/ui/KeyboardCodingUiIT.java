package org.concordia.coding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.ResearchProjects;
import org.concordia.testsupport.Screenshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The coding screen without a mouse: every step from reaching the text to saved attributes is a key press, as a
 * coder who cannot or will not use a mouse codes. Works in the research team's tenant on a project of its own, so
 * that the demo's codings stay as other tests read them.
 */
class KeyboardCodingUiIT extends BrowserTest {

    private WebDriverWait wait;

    @Test
    @DisplayName("A passage is coded from selection to saved attributes with the keyboard alone, and undone")
    void aPassageIsCodedWithTheKeyboardAlone() throws Exception {
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        String[] project = openTheCodingScreenOfANewProject(rhea);

        // Into the text: j goes to the next passage, the caret at its start (the first passage is the heading).
        keys("j");
        keys("j");
        assertThat(focused().getAttribute("aria-label")).isEqualTo("Passage 2");
        assertThat(focused().getAttribute("role")).isEqualTo("textbox");

        // Two words with Ctrl+Shift+Right, then the claim type's key.
        withKeysHeld(Keys.ARROW_RIGHT, Keys.CONTROL, Keys.SHIFT);
        withKeysHeld(Keys.ARROW_RIGHT, Keys.CONTROL, Keys.SHIFT);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selection-status"),
                "\u201cTehran welcomed\u201d"));
        keys("t");
        wait.until(ExpectedConditions.textToBe(By.id("coding-form:selected-quote"), "Tehran welcomed"));
        wait.until(d -> "subject".equals(focused().getAttribute("data-attribute")));
        assertAccessible("a coding selected, its attributes open");
        assertThat(announcement()).as("said to screen readers").contains("Coded \u201cTehran welcomed\u201d as Stance");
        assertThat(browser.findElement(By.cssSelector("label[for='" + focused().getAttribute("id") + "']")).getText())
                .as("the focused field's label").startsWith("subject");

        // The attributes: type, Tab, choose by typing, Tab, type, Ctrl+Enter saves.
        keys("Tehran");
        keys(Keys.TAB);
        assertThat(focused().getAttribute("data-attribute")).isEqualTo("relation");
        keys("a");
        keys(Keys.TAB);
        keys("Mustafa al-Kadhimi");
        withKeysHeld(Keys.ENTER, Keys.CONTROL);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("coding-form:messages"), "Saved."));
        Screenshots.save(browser, "keyboard-coding-saved");

        // Saved: back in the text where the coding ended; the full stop selects the sentence around the caret.
        wait.until(d -> "Passage 2".equals(focused().getAttribute("aria-label")));
        keys(".");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selection-status"),
                "\u201cTehran welcomed the new prime minister in May, the report says.\u201d"));

        // ? lists the shortcuts; Esc closes the list.
        keys("?");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcuts"))).getText())
                .contains("Ctrl+Enter", "j / k", "Esc");
        Screenshots.save(browser, "keyboard-coding-shortcuts");
        assertAccessible("the shortcut list open");
        keys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shortcuts")));

        JsonNode saved = onlyCoding(rhea, project);
        assertThat(saved.at("/attributes/subject").asText()).isEqualTo("Tehran");
        assertThat(saved.at("/attributes/relation").asText()).isEqualTo("accepted or acquiesced");
        assertThat(saved.at("/attributes/object").asText()).isEqualTo("Mustafa al-Kadhimi");

        // u undoes the coding and says which; a second u says there is nothing left to undo.
        keys(Keys.ESCAPE);
        keys("u");
        wait.until(d -> announcement().contains("Undone: the coding \u201cTehran welcomed\u201d as Stance is removed."));
        keys("u");
        wait.until(d -> announcement().contains("Nothing to undo."));
        assertThat(ApiClient.json(rhea.get(project[0] + "/codings")).size()).as("codings after the undo").isZero();
    }

    @Test
    @DisplayName("An Arabic passage is shown right to left and its first sentence is coded with the keyboard")
    void anArabicSentenceIsCodedWithTheKeyboard() throws Exception {
        String sentence = "\u0631\u062d\u0651\u0628\u062a \u0637\u0647\u0631\u0627\u0646 \u0628\u0631\u0626\u064a\u0633"
                + " \u0627\u0644\u0648\u0632\u0631\u0627\u0621 \u0645\u0635\u0637\u0641\u0649"
                + " \u0627\u0644\u0643\u0627\u0638\u0645\u064a (al-Kadhimi) \u0641\u064a \u0623\u064a\u0627\u0631.";
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        String[] project = openTheCodingScreenOf(rhea, aProjectWithADocument(rhea,
                "\u062a\u0642\u0631\u064a\u0631 \u0639\u0646 \u0631\u0626\u0627\u0633\u0629 \u0627\u0644\u0648\u0632\u0631\u0627\u0621\n\n"
                        + sentence + " \u0648\u0627\u0639\u062a\u0631\u0636\u062a \u0627\u0644\u0641\u0635\u0627\u0626\u0644.\n\n"
                        + "Washington kept its distance.\n"));
        keys("j");
        keys("j");
        assertThat(focused().getAttribute("dir")).as("the Arabic passage's direction").isEqualTo("rtl");

        keys(".");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selection-status"),
                "\u201c" + sentence + "\u201d"));
        keys("t");
        wait.until(ExpectedConditions.textToBe(By.id("coding-form:selected-quote"), sentence));
        Screenshots.save(browser, "keyboard-coding-arabic");

        JsonNode coding = onlyCoding(rhea, project);
        JsonNode passage = ApiClient.json(rhea.get(project[0] + "/documents/" + project[1])).get("passages").get(1);
        String text = passage.get("text").asText();
        int from = coding.get("start").asInt() - passage.get("start").asInt();
        int to = coding.get("end").asInt() - passage.get("start").asInt();
        assertThat(text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to)))
                .as("the stored offsets, in code points, cover the sentence").isEqualTo(sentence);
    }

    @Test
    @DisplayName("In a right-to-left passage with a Latin name in it, Ctrl+Shift+\u2190 selects words in reading order"
            + " and the coding covers exactly them")
    void wordsOfAMixedRightToLeftPassageAreSelectedWithArrows() throws Exception {
        String twoWords = "\u0631\u062d\u0651\u0628\u062a \u0637\u0647\u0631\u0627\u0646"; // Tehran welcomed
        String passageText = twoWords + " (al-Kadhimi) \u0641\u064a \u0623\u064a\u0627\u0631 2020.";
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        String[] project = openTheCodingScreenOf(rhea, aProjectWithADocument(rhea,
                "\u062a\u0642\u0631\u064a\u0631\n\n" + passageText + "\n\nWashington kept its distance.\n"));
        keys("j");
        keys("j");
        assertThat(focused().getAttribute("dir")).isEqualTo("rtl");

        // In a right-to-left line the next word lies to the left: \u2190 reads on, as \u2192 does in English.
        withKeysHeld(Keys.ARROW_LEFT, Keys.CONTROL, Keys.SHIFT);
        withKeysHeld(Keys.ARROW_LEFT, Keys.CONTROL, Keys.SHIFT);
        keys("t");
        wait.until(ExpectedConditions.textToBe(By.id("coding-form:selected-quote"), twoWords));

        JsonNode coding = onlyCoding(rhea, project);
        JsonNode passage = ApiClient.json(rhea.get(project[0] + "/documents/" + project[1])).get("passages").get(1);
        String text = passage.get("text").asText();
        assertThat(text).isEqualTo(passageText);
        int from = coding.get("start").asInt() - passage.get("start").asInt();
        int to = coding.get("end").asInt() - passage.get("start").asInt();
        assertThat(text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to)))
                .as("the stored offsets cover the two words, not the Latin name beside them").isEqualTo(twoWords);
        assertThat(browser.findElements(By.cssSelector("[aria-label='Passage 2'] .seg.is-selected")))
                .as("its highlight").isNotEmpty();
    }

    @Test
    @DisplayName("A selection across two passages is refused with a message, not ignored")
    void aSelectionAcrossPassagesGetsAMessage() throws Exception {
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        String[] project = openTheCodingScreenOfANewProject(rhea);
        // A mouse drag from the second passage into the third (the keyboard keeps a selection inside a passage).
        ((JavascriptExecutor) browser).executeScript("""
                const texts = document.querySelectorAll('.passage-text[data-passage]');
                const range = document.createRange();
                range.setStart(texts[1].firstChild, 7);
                range.setEnd(texts[2].firstChild, 10);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));""");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selection-status"),
                "A coding lies within one passage"));
        keys("t");
        wait.until(d -> announcement().contains("A coding lies within one passage"));
        assertThat(ApiClient.json(rhea.get(project[0] + "/codings")).size()).as("nothing was coded").isZero();
    }

    @Test
    @DisplayName("A long document arrives in parts: scrolling and j at the last passage bring the next, which code as the first")
    void aLongDocumentArrivesAsTheCoderReachesIt() throws Exception {
        StringBuilder text = new StringBuilder("A long report\n\n");
        for (int i = 1; i <= 400; i++) {
            text.append("Paragraph ").append(i).append(": the envoy met the bloc leaders again, the report says.\n\n");
        }
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        String[] project = openTheCodingScreenOf(rhea, aProjectWithADocument(rhea, text.toString()));
        assertThat(passagesOnThePage()).as("the first part only").isEqualTo(60);
        assertThat(browser.findElement(By.id("passages-end")).getText())
                .isEqualTo("Passages 1 to 60 of 401 shown; the next ones appear as you scroll or press j.");

        // j on the last passage shown brings the next part and moves into it.
        ((JavascriptExecutor) browser).executeScript(
                "const all = document.querySelectorAll('.passage-text[data-passage]'); all[all.length - 1].focus();");
        keys("j");
        wait.until(d -> "Passage 61".equals(focused().getAttribute("aria-label")));
        assertThat(passagesOnThePage()).isEqualTo(120);

        // Scrolling on to the end brings the rest, part by part; the line under the text goes.
        wait.until(d -> {
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight);");
            return passagesOnThePage() == 401;
        });
        assertThat(browser.findElement(By.id("passages-end")).getText()).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
                + "'.passage-text[data-passage]')).map(p => p.getAttribute('aria-label')).join('|');"))
                .as("in reading order, each once").asString().startsWith("Passage 1|Passage 2|")
                .endsWith("Passage 400|Passage 401").doesNotContain("Passage 61|Passage 61");

        // A passage of the last part codes like the first.
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).focus();",
                browser.findElement(By.cssSelector("[aria-label='Passage 390']")).getAttribute("id"));
        withKeysHeld(Keys.ARROW_RIGHT, Keys.CONTROL, Keys.SHIFT);
        keys("t");
        wait.until(ExpectedConditions.textToBe(By.id("coding-form:selected-quote"), "Paragraph"));
        assertThat(browser.findElements(By.cssSelector("[aria-label='Passage 390'] .seg.is-selected")))
                .as("its highlight, marked as selected").isNotEmpty();
        assertThat(onlyCoding(rhea, project).get("start").asInt()).isPositive();
        Screenshots.save(browser, "coding-long-document");
    }

    private long passagesOnThePage() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('.coding-passage').length;");
    }

    /** A new project of rhea's (see {@link #aProjectWithADocument}), its document's coding screen open as rhea. */
    private String[] openTheCodingScreenOfANewProject(ApiClient rhea) throws Exception {
        return openTheCodingScreenOf(rhea, aProjectWithADocument(rhea));
    }

    private String[] openTheCodingScreenOf(ApiClient rhea, String[] project) {
        logInAs("rhea");
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(app().resolve("go/code/" + project[1]).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".palette")));
        return project;
    }

    private void keys(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Presses {@code key} while holding {@code modifiers}, as a person does (each held down, then let go). */
    private void withKeysHeld(Keys key, Keys... modifiers) {
        Actions actions = new Actions(browser);
        for (Keys modifier : modifiers) {
            actions.keyDown(modifier);
        }
        actions.sendKeys(key);
        for (Keys modifier : modifiers) {
            actions.keyUp(modifier);
        }
        actions.perform();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private String announcement() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('announcer').textContent;");
    }

    private static JsonNode onlyCoding(ApiClient client, String[] project) throws Exception {
        JsonNode codings = ApiClient.json(client.get(project[0] + "/codings"));
        assertThat(codings.size()).as("codings of the project").isEqualTo(1);
        return codings.get(0);
    }

    /** A project of rhea's with a one-type codebook (hotkey t) and a document of three passages: its path and id. */
    private static String[] aProjectWithADocument(ApiClient rhea) throws Exception {
        return aProjectWithADocument(rhea, "A report on the premiership\n\nTehran welcomed the new prime minister in"
                + " May, the report says. The militias objected at once.\n\nWashington kept its distance for a month.\n");
    }

    /** A project of rhea's with a one-type codebook (hotkey t) and a document of {@code text}: its path and id. */
    private static String[] aProjectWithADocument(ApiClient rhea, String text) throws Exception {
        return ResearchProjects.withADocument(rhea, text);
    }
}
