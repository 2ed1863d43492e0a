package org.concordia.coding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordia.testsupport.BlindStudies;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.AssignmentsPage;
import org.concordia.testsupport.pages.CodingPage;
import org.concordia.testsupport.pages.DashboardPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Assigning documents and following them through, in Chromium. */
class AssignmentUiIT extends BrowserTest {

    private static final String SEMINAR = "Seminar on Gulf politics";

    @Test
    @DisplayName("A supervisor assigns every document to one of two coders; a coder sees hers with progress and submits")
    void assignAndSubmit() throws Exception {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        List<String> documents = List.of("week-one-" + tag, "week-two-" + tag, "week-three-" + tag);
        String project = BlindStudies.withUnassignedDocuments(deploymentUrl, documents.toArray(String[]::new));
        logInAs("irene");
        DocumentsPage.openProject(browser, project);
        AssignmentsPage assignments = AssignmentsPage.fromProject(browser);
        assignments.assignBalanced(List.of("ada", "carla"), 1);
        List<String> rows = assignments.rows();
        for (String document : documents) {
            assertThat(rows).as("every document went to ada or carla")
                    .anyMatch(row -> row.contains(document) && (row.contains("ada") || row.contains("carla")));
        }
        assertThat(rows.stream().filter(row -> row.contains("carla"))).as("balanced: one or two of three each")
                .hasSizeBetween(1, 2);
        Screenshots.save(browser, "assignments");

        DashboardPage carla = logInAs("carla");
        String hers = documents.stream().filter(d -> rows.stream().anyMatch(r -> r.contains(d) && r.contains("carla")))
                .findFirst().orElseThrow();
        assertThat(carla.myAssignments()).as("with the document named and her progress")
                .anyMatch(row -> row.contains(hers) && row.contains("passages"));
        carla.submitAssignment(hers);
        assertThat(carla.myAssignments()).anyMatch(row -> row.contains(hers) && row.contains("submitted"));
        Screenshots.save(browser, "my-assignments");
    }

    @Test
    @DisplayName("Coding is blind until a supervisor reveals a submitted document; then each coder sees the other's")
    // ben and carla coded the militia's statement blind and submitted it (the test's own round).
    void revealBlindCodings() throws Exception {
        String project = BlindStudies.withADisputedPassage(deploymentUrl);
        benInTheSeminar();
        CodingPage before = CodingPage.fromDocument(DocumentsPage.openProject(browser, project)
                .open(BlindStudies.DOCUMENT).browser());
        assertThat(before.codingCount()).as("only his own").isEqualTo(1);

        logInAs("sam");
        DocumentsPage.openProject(browser, project);
        assertThat(AssignmentsPage.fromProject(browser).reveal(BlindStudies.DOCUMENT, "ben")).contains("revealed");
        Screenshots.save(browser, "assignments-revealed");

        benInTheSeminar();
        CodingPage after = CodingPage.fromDocument(DocumentsPage.openProject(browser, project)
                .open(BlindStudies.DOCUMENT).browser());
        assertThat(after.codingCount()).as("his and carla's").isEqualTo(3);
        assertThat(after.highlights()).anyMatch(h -> h.contains("Evaluation"));
    }

    /** ben is in two tenants; the statement is in the seminar's project. */
    private void benInTheSeminar() {
        DashboardPage dashboard = logInAs("ben");
        if (!dashboard.tenantName().equals(SEMINAR)) {
            dashboard.switchTo(SEMINAR);
        }
    }
}
