package org.concordia.codebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.People;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.CodebookPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The codebook page in the browser: a supervisor starts a project of her own from the dashboard, fills its codebook
 * with the starter claim types and adds one (her own project, so the demo's codebook and its versions stay as the
 * other tests read them).
 */
class CodebookUiIT extends BrowserTest {

    private static final String DEMO_PROJECT = "Iraq 2020: who chose the prime minister?";




    @Test
    @DisplayName("A supervisor starts a project, fills its codebook with the starter claim types and adds one of her own")
    void aSupervisorExtendsTheCodebook() {
        String project = People.unique("Mediation study");
        logInAs("sam").createProject(project, "Who brokers between the parties?");
        DocumentsPage.openProject(browser, project);
        CodebookPage codebook = CodebookPage.fromProject(browser).startFromTheStarterCodebook();

        assertThat(codebook.claimTypeNames()).contains("Factual event", "Attribution of stance", "Support",
                "Opposition");
        assertThat(codebook.hotkeys()).contains("e", "s", "o");

        String name = People.unique("Mediation");
        codebook.addClaimType(name, "A third party brokers between actors.", "m", "broker role",
                "convener, guarantor, messenger");

        assertThat(codebook.claimTypeNames()).contains(name);
        String scaled = People.unique("Escalation");
        codebook.addClaimType(scaled, "How far a statement raises the stakes.", "x", "intensity",
                "none, low, moderate, high, severe, extreme", "ordinal", () -> {
                    Screenshots.save(browser, "codebook-attribute-level");
                    Screenshots.saveAt(browser, "codebook-attribute-level-800px-200pc", 800, 2);
                });
        assertThat(codebook.attributesOf(scaled)).as("an ordered scale of six steps")
                .containsExactly("intensity choice, ordinal");
        assertThat(codebook.changeLog().get(0)).contains("Added claim type", scaled, "sam");
        Screenshots.save(browser, "codebook");
    }

    @Test
    @DisplayName("The codebook says how often each claim type was applied: everybody's for a supervisor, a coder's own"
            + " for her, a grouping with the types below it")
    void theCodebookCountsTheCodings() {
        logInAs("sam");
        DocumentsPage.openProject(browser, DEMO_PROJECT);
        CodebookPage codebook = CodebookPage.fromProject(browser);
        assertThat(codebook.countsHeading()).isEqualTo("Codings");
        long support = codebook.countOf("Support");
        long opposition = codebook.countOf("Opposition");
        assertThat(support).as("the demo's Support codings of ada, ben, carla and sam").isGreaterThanOrEqualTo(4);
        assertThat(codebook.countOf("Attribution of stance")).isEqualTo(support + opposition);
        Screenshots.save(browser, "codebook-counts");

        logInAs("ada");
        DocumentsPage.openProject(browser, DEMO_PROJECT);
        CodebookPage hers = CodebookPage.fromProject(browser);
        assertThat(hers.countsHeading()).isEqualTo("Your codings");
        assertThat(hers.countOf("Support")).as("her own, not the others'").isPositive().isLessThan(support);
    }
}
