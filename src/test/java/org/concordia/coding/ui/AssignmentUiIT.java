package org.concordia.coding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    private static final String PROJECT = "Iraq 2020: who chose the prime minister?";
    private static final String SEMINAR = "Seminar on Gulf politics";
    private static final String STATEMENT = "Statement on the nomination of the intelligence chief";

    @Test
    @DisplayName("A supervisor assigns every document to one of two coders; a coder sees hers with progress and submits")
    // The demo assigns the news item to ada, ben and carla already; the balanced assignment adds the rest.
    void assignAndSubmit() {
        logInAs("irene");
        DocumentsPage.openProject(browser, PROJECT);
        AssignmentsPage assignments = AssignmentsPage.fromProject(browser);
        assignments.assignBalanced(List.of("ada", "carla"), 1);
        List<String> rows = assignments.rows();
        for (String document : List.of("Acquiescence, Not Endorsement", "Gulf Monitor Brief", "Iran backs Kadhimi",
                "Statement on the nomination")) {
            assertThat(rows).as("every document went to ada or carla")
                    .anyMatch(row -> row.contains(document) && (row.contains("ada") || row.contains("carla")));
        }
        Screenshots.save(browser, "assignments");

        DashboardPage carla = logInAs("carla");
        assertThat(carla.myAssignments()).as("the demo news item and at least one of today's")
                .hasSizeGreaterThanOrEqualTo(2).anyMatch(row -> row.contains("passages"));
        carla.submitFirstAssignment();
        Screenshots.save(browser, "my-assignments");
    }

    @Test
    @DisplayName("Coding is blind until a supervisor reveals a submitted document; then each coder sees the other's")
    // The demo: ben and carla coded the militia's statement blind and submitted it.
    void revealBlindCodings() {
        benInTheSeminar();
        CodingPage before = CodingPage.fromDocument(DocumentsPage.openProject(browser, PROJECT)
                .open(STATEMENT).browser());
        assertThat(before.codingCount()).as("only his own").isEqualTo(1);

        logInAs("sam");
        DocumentsPage.openProject(browser, PROJECT);
        assertThat(AssignmentsPage.fromProject(browser).reveal(STATEMENT, "ben")).contains("revealed");
        Screenshots.save(browser, "assignments-revealed");

        benInTheSeminar();
        CodingPage after = CodingPage.fromDocument(DocumentsPage.openProject(browser, PROJECT)
                .open(STATEMENT).browser());
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
