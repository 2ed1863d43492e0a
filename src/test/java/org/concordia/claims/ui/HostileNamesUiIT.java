package org.concordia.claims.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.BrowserTest;
import org.concordia.testsupport.Screenshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Names typed by coders and supervisors reach the ledger, the actor network and the timeline as text: an entity
 * called {@code Iran <img src=x onerror=...>}, another closing an attribute, and a document title with markup are shown as the
 * characters they are, and no image of theirs is fetched or handler run. Works in the research team's tenant on a
 * project of its own.
 */
class HostileNamesUiIT extends BrowserTest {

    private static final String SUBJECT = "Iran <img src=x onerror=alert(1)>";
    private static final String OBJECT = "al-Kadhimi \"><b id=injected>bold</b>";
    private static final String TITLE = "<img src=y onerror=alert(2)> report";

    @Test
    @DisplayName("Entities and a document title with markup show as text on the ledger, network and timeline")
    void markupInNamesIsShownAsText() throws Exception {
        long project = aProjectWithAClaimNamedInMarkup();

        logInAs("rhea");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        // Claims name entities: the names of the coding become entities, as a supervisor collects them.
        browser.get(app().resolve("go/entities/" + project).toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='collect']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), SUBJECT));
        assertNoInjectedElements();

        browser.get(app().resolve("go/ledger/" + project).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "stance towards " + OBJECT + ", 2020"));
        assertNoInjectedElements();
        Screenshots.save(browser, "hostile-names-ledger");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts-link"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".actor-network .actor")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#accounts\\:timeline .vis-item")));
        assertThat(browser.findElement(By.id("accounts:network")).getText()).as("the actors as text")
                .contains(SUBJECT, OBJECT);
        // vis-timeline sizes itself to its items after it has drawn them: wait for the text rather than read at once.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:timeline"), SUBJECT));
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("#accounts\\:timeline .vis-item")))
                .perform();
        // Hovering an item shows its source's title as a tooltip: no element of the title's markup appears.
        assertNoInjectedElements();
        Screenshots.save(browser, "hostile-names-network");
    }

    /** None of the names' markup became elements of the page (an alert would have failed the commands above). */
    private void assertNoInjectedElements() {
        assertThat(browser.findElements(By.cssSelector("img[src='x'], img[src='y'], #injected")))
                .as("elements from names' markup").isEmpty();
    }

    /** As rhea, through the API: a codebook with one structured claim type, a document, and one coded claim. */
    private long aProjectWithAClaimNamedInMarkup() throws Exception {
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        HttpResponse<String> created = rhea.postJson("tenants/research/projects",
                Map.of("name", "Hostile names " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long project = ApiClient.json(created).get("id").asLong();
        String base = "tenants/research/projects/" + project;

        String codebook = "path,name,guid,codable,colour,hotkey,definition,when_to_use,when_not_to_use,examples,"
                + "attributes\r\nStance,Stance," + UUID.randomUUID() + ",true,#d62728,s,Who backed whom.,,,,"
                + "\"subject (entity, required); relation (choice: backed,accepted or acquiesced, required);"
                + " object (entity, required); time (date)\"\r\n";
        HttpResponse<String> imported = rhea.post(base + "/codebook", "text/csv",
                codebook.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode claimType = StreamSupport.stream(ApiClient.json(imported).get("claimTypes").spliterator(), false)
                .filter(t -> t.get("name").asText().equals("Stance")).findFirst().orElseThrow();

        // Two sources differ on how strongly Iran acted: a contested proposition, which the ledger lists first.
        codeAClaim(rhea, base, claimType.get("id").asLong(), TITLE, "backed");
        codeAClaim(rhea, base, claimType.get("id").asLong(), "Second report", "accepted or acquiesced");
        return project;
    }

    private static void codeAClaim(ApiClient rhea, String base, long claimType, String title, String relation)
            throws Exception {
        HttpResponse<String> uploaded = rhea.upload(base + "/documents", title + ".txt",
                ("A report\n\nTehran welcomed the new prime minister in May, " + title + " says.\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long document = ApiClient.json(uploaded).get(0).get("documentId").asLong();
        JsonNode passage = ApiClient.json(rhea.get(base + "/documents/" + document)).get("passages").get(1);
        HttpResponse<String> coded = rhea.postJson(base + "/codings", Map.of("documentId", document,
                "passageId", passage.get("id").asLong(), "claimTypeId", claimType,
                "start", passage.get("start").asInt(), "end", passage.get("start").asInt() + 6,
                "attributes", Map.of("subject", SUBJECT, "relation", relation, "object", OBJECT,
                        "time", "2020-05-07")));
        assertThat(coded.statusCode()).as(coded.body()).isEqualTo(201);
    }
}
