package org.concordia.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.concordia.testsupport.BlindStudies;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.PageChecks;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.DocumentPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Grouping documents and describing them with variables, then finding them by group, in Chromium. */
class DocumentGroupsUiIT extends BrowserTest {

    @Test
    @DisplayName("A supervisor puts a document in a new group with variables; the list shows them and filters by group")
    void aSupervisorGroupsADocumentAndFiltersTheList() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String interview = "interview-" + tag;
        String report = "report-" + tag;
        String project = BlindStudies.withUnassignedDocuments(deploymentUrl, interview, report);
        logInAs("sam");

        DocumentPage page = DocumentsPage.openProject(browser, project).open(interview)
                .groupAndDescribe("Interviews", "wave: 2\nregion: Basra");
        assertThat(page.chosenGroups()).containsExactly("Interviews");
        assertAccessible("document groups and variables");
        Screenshots.save(browser, "document-groups");
        Screenshots.saveAt(browser, "document-groups-800px", 800, 1);
        Screenshots.saveAt(browser, "document-groups-800px-200pc", 800, 2);
        assertThat(PageChecks.horizontalOverflowAt(browser, 400)).as("an 800 px window at 200% zoom").isEmpty();

        DocumentsPage documents = page.backToDocuments();
        assertThat(documents.grouping().get(interview)).as("its group, then its variables").startsWith("Interviews")
                .endsWith("wave: 2 \u00b7 region: Basra");
        assertThat(documents.grouping()).containsEntry(report, "");
        documents.showGroup("Interviews (1)");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> documents.documentTitles().size() == 1);
        assertThat(documents.documentTitles()).containsExactly(interview);
        Screenshots.save(browser, "documents-by-group");
        Screenshots.saveAt(browser, "documents-by-group-800px-200pc", 800, 2);
        assertThat(PageChecks.horizontalOverflowAt(browser, 400)).as("an 800 px window at 200% zoom").isEmpty();
    }
}
