package org.concordia.claims.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.PageChecks;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentsPage;
import org.concordia.testsupport.pages.EntitiesPage;
import org.concordia.testsupport.pages.MentionsPage;
import org.concordia.testsupport.pages.SearchPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo's entities in Chromium: the news item's and the statement's coders wrote "Kata'ib Hezbollah", the
 * brief's coding "Kataeb Hezbollah". A supervisor merges the two on the suggestion, then undoes the merge. The
 * prime minister's three spellings were merged by the demo; his mentions are one link away.
 */
class EntitiesUiIT extends BrowserTest {

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";

    @Test
    @DisplayName("A supervisor merges two spellings of the militia on the suggestion, then undoes it")
    void aSupervisorMergesTwoSpellingsAndUndoes() {
        logInAs("sam");
        EntitiesPage entities = DocumentsPage.openProject(browser, PROJECT).openEntities();
        assertThat(entities.suggestions())
                .contains("Kataeb Hezbollah", "Kata'ib Hezbollah", "the same name in another transliteration");
        assertThat(entities.entityNamed("Mustafa al-Kadhimi")).as("merged by the demo")
                .contains("Mustafa al-Kazimi", "Mustafa Al-Kazemi");
        Screenshots.save(browser, "entities-suggestions");

        entities.mergeKeeping("Kataeb Hezbollah", "Kata'ib Hezbollah");
        assertThat(entities.entityNamed("Kata'ib Hezbollah")).as("both spellings now name one entity")
                .contains("Kataeb Hezbollah");

        entities.undoMergeOf("Kataeb", "sam");
        assertThat(entities.suggestions()).contains("Kataeb Hezbollah");

        MentionsPage mentions = entities.mentionsOf("Mustafa al-Kadhimi");
        assertThat(mentions.codedAs()).as("the coders' and sam's codings, each in its source's spelling")
                .contains("Mustafa al-Kadhimi", "Mustafa al-Kazimi", "Mustafa Al-Kazemi");
        assertThat(mentions.coders()).contains("ada", "ben", "sam");
        assertThat(mentions.markedInText()).as("the entity's mentions in the text under each of its spellings")
                .contains("Kadhimi", "Kazimi", "Kazemi");
        Screenshots.save(browser, "entity-mentions");
        Screenshots.saveAt(browser, "entity-mentions-800px-200pc", 800, 2);
        assertThat(PageChecks.horizontalOverflowAt(browser, 400)).as("an 800 px window at 200% zoom").isEmpty();
        assertAccessible("an entity's mentions");

        SearchPage search = mentions.searchInstead();
        assertThat(search.marked()).contains("Kadhimi", "Kazimi", "Kazemi");
    }
}
