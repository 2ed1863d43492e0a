package org.concordia.coding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.CodingPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The coding screen in Chromium, on a demo document of the seminar, as the coder ada. */
class CodingUiIT extends BrowserTest {

    private static final String PHRASE = "Tehran agreed to support al-Kadhimi";
    private static final String MILITIAS = "the most hard-line of the militias it sponsors";

    @Test
    @DisplayName("A coder selects a span, applies a claim type by hotkey, fills an attribute, reloads and sees it")
    void aCoderCodesBySelectionAndHotkey() {
        logInAs("ada");
        CodingPage coding = CodingPage.fromDocument(DocumentsPage
                .openProject(browser, "Iraq 2020: who chose the prime minister?")
                .open("Iran backs Kadhimi as Iraq's new prime minister").browser());
        int before = coding.codingCount();

        coding.select(PHRASE).press("s");

        assertThat(coding.codingCount()).isEqualTo(before + 1);
        assertThat(coding.highlights()).contains(PHRASE + " = Support");
        assertThat(coding.selectedClaimType()).isEqualTo("Support");
        assertThat(coding.selectedQuote()).isEqualTo(PHRASE);
        coding.choose("relation", "accepted or acquiesced").type("subject", "Tehran")
                .type("object", "Mustafa al-Kadhimi").save();
        Screenshots.save(browser, "coding-screen");

        browser.navigate().refresh();
        CodingPage reloaded = new CodingPage(browser);
        assertThat(reloaded.highlights()).contains(PHRASE + " = Support");
        reloaded.openCodingOver(PHRASE);
        assertThat(reloaded.selectedQuote()).isEqualTo(PHRASE);
        assertThat(reloaded.valueOf("relation")).isEqualTo("accepted or acquiesced");
        assertThat(reloaded.valueOf("subject")).isEqualTo("Tehran");

        // The demo gave ada a coding earlier in the document: [ and ] move between the two.
        assertThat(reloaded.pressForSelection("[").selectedQuote())
                .isEqualTo("Iran has thrown its weight behind Mustafa al-Kadhimi");
        assertThat(reloaded.pressForSelection("]").selectedQuote()).isEqualTo(PHRASE);
    }

    @Test
    @DisplayName("A coder types another spelling of a militia's name and picks the registry's entity by keyboard")
    void aCoderPicksAnEntityFromTheRegistry() {
        logInAs("ada");
        CodingPage coding = CodingPage.fromDocument(DocumentsPage
                .openProject(browser, "Iraq 2020: who chose the prime minister?")
                .open("Iran backs Kadhimi as Iraq's new prime minister").browser());
        coding.select(MILITIAS).press("o");
        assertThat(coding.selectedClaimType()).isEqualTo("Opposition");

        assertThat(coding.offeredNames("subject", "Kataeb")).as("another spelling finds the registry's name")
                .contains("Kata'ib Hezbollah");
        Screenshots.save(browser, "coding-entity-offered");
        coding.pick("subject", "Kata'ib Hezbollah").choose("relation", "opposed");
        assertThat(coding.offeredNames("object", "kazemi")).contains("Mustafa al-Kadhimi");
        coding.pick("object", "Mustafa al-Kadhimi").save();

        browser.navigate().refresh();
        CodingPage reloaded = new CodingPage(browser);
        reloaded.openCodingOver(MILITIAS);
        assertThat(reloaded.valueOf("subject")).isEqualTo("Kata'ib Hezbollah");
        assertThat(reloaded.valueOf("object")).isEqualTo("Mustafa al-Kadhimi");
    }

    @Test
    @DisplayName("A supervisor sees whose each coding is, shows one coder's, and sees which coding is selected")
    void aSupervisorSeesWhoCodedWhat() {
        logInAs("irene");
        CodingPage coding = CodingPage.fromDocument(DocumentsPage
                .openProject(browser, "Iraq 2020: who chose the prime minister?")
                .open("Iran backs Kadhimi as Iraq's new prime minister").browser());

        assertThat(coding.stripes()).as("the coding stripes of the demo's three coders")
                .contains("Support ada", "Support ben").anyMatch(s -> s.endsWith(" carla"));
        assertThat(coding.highlightTitles()).anyMatch(t -> t.contains("Support (ada)"))
                .anyMatch(t -> t.contains("(ben)"));

        coding.showOnlyCoder("ben");
        assertThat(coding.stripes()).isNotEmpty().allMatch(s -> s.endsWith(" ben"));
        assertThat(coding.highlightTitles()).isNotEmpty().allMatch(t -> t.contains("(ben)") && !t.contains("(ada)"));

        coding.pressStripe("Support ben");
        assertThat(coding.selectedCoder()).isEqualTo("ben");
        assertThat(coding.pressedStripes()).containsExactly("Support ben");
        assertThat(coding.selectedHighlights()).as("the selected coding's text is marked").isNotEmpty();
        Screenshots.save(browser, "coding-screen-supervisor");
    }
}
