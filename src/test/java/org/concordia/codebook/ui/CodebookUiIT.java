package org.concordia.codebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.People;
import org.concordia.testsupport.Screenshots;
import org.concordia.testsupport.pages.CodebookPage;
import org.concordia.testsupport.pages.DocumentsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The codebook page in the browser, on the demo seminar's project with the starter codebook. */
class CodebookUiIT extends BrowserTest {




    @Test
    @DisplayName("A supervisor opens the project's codebook, finds the starter claim types and adds one of her own")
    void aSupervisorExtendsTheCodebook() {
        logInAs("sam");
        DocumentsPage.openProject(browser, "Iraq 2020: who chose the prime minister?");
        CodebookPage codebook = CodebookPage.fromProject(browser);

        assertThat(codebook.claimTypeNames()).contains("Factual event", "Attribution of stance", "Support",
                "Opposition");
        assertThat(codebook.hotkeys()).contains("e", "s", "o");

        String name = People.unique("Mediation");
        codebook.addClaimType(name, "A third party brokers between actors.", "m", "broker role",
                "convener, guarantor, messenger");

        assertThat(codebook.claimTypeNames()).contains(name);
        assertThat(codebook.changeLog().get(0)).contains("Added claim type", name, "sam");
        Screenshots.save(browser, "codebook");
    }
}
