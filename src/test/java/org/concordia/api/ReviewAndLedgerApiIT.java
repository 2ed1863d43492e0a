package org.concordia.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.BlindStudies;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.RealKeycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reviewer's and the reconciler's work through the REST API: the review queue, one passage side by side, its
 * discussion, votes and settlement; entities and their merges; the ledger and its verdicts. Every change is made on
 * data of the test's own (a blind round, new entities), so the demo stays as other tests read it.
 */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
@RunAsClient
class ReviewAndLedgerApiIT {

    private static final String DEMO_PROJECT = "Iraq 2020: who chose the prime minister?";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void aDisputedPassageIsDiscussedVotedOnAndSettledThroughTheApi() throws Exception {
        String name = BlindStudies.withADisputedPassage(deploymentUrl);
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String review = "tenants/seminar/projects/" + sam.projectNamed("seminar", name) + "/review";

        assertThat(ApiClient.json(sam.get(review + "/counts")).get("DISPUTED").asInt()).isEqualTo(1);
        JsonNode disputed = ApiClient.json(sam.get(review + "?state=DISPUTED"));
        assertThat(disputed).hasSize(1);
        String passage = review + "/documents/" + disputed.get(0).get("documentId").asLong() + "/passages/"
                + disputed.get(0).get("passageId").asLong();
        JsonNode sideBySide = ApiClient.json(sam.get(passage));
        assertThat(sideBySide.get("text").asText()).isEqualTo(BlindStudies.DISPUTED);
        assertThat(sideBySide.at("/codingsByCoder/ben")).isEmpty();
        assertThat(sideBySide.at("/codingsByCoder/carla")).hasSize(1);

        assertThat(sam.postJson(passage + "/comments", Map.of("body", "A threat, not a judgement.")).statusCode())
                .isEqualTo(204);
        assertThat(sam.postJson(passage + "/votes", Map.of("choice", "ben")).statusCode()).isEqualTo(204);
        HttpResponse<String> noRationale = sam.postJson(passage + "/decision", Map.of("method", "TAKEN",
                "takenFrom", "ben"));
        assertThat(noRationale.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noRationale).get("detail").asText()).contains("rationale");
        assertThat(ApiClient.json(sam.get(passage)).get("adjudication")).as("nothing stored").isNull();

        HttpResponse<String> settled = sam.postJson(passage + "/decision", Map.of("method", "TAKEN",
                "takenFrom", "ben", "rationale", "ben's reading follows the codebook."));
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        long version = ApiClient.json(settled).get("version").asLong();
        JsonNode after = ApiClient.json(sam.get(passage));
        assertThat(after.at("/consensus/state").asText()).isEqualTo("ADJUDICATED");
        assertThat(after.at("/comments/0/body").asText()).isEqualTo("A threat, not a judgement.");
        assertThat(after.at("/votes/ben/0").asText()).isEqualTo("sam");

        HttpResponse<String> stale = sam.postJson(passage + "/decision", Map.of("method", "NEW",
                "rationale", "Nothing to code here.", "seenVersion", version - 1));
        assertThat(stale.statusCode()).as("a decision made since the one the caller saw").isEqualTo(409);

        assertThat(ApiClient.json(sam.postJson(review + "/accept-agreed", Map.of())).get("settled").asInt())
                .as("at least the passage both coded as Opposition").isPositive();
        assertThat(ApiClient.json(sam.get(review + "/counts")).path("AGREED").asInt(0)).isZero();

        ApiClient ben = ApiClient.as(deploymentUrl, "ben");
        assertThat(ben.get(review + "?state=DISPUTED").statusCode()).as("a coder in the seminar").isEqualTo(403);
    }

    @Test
    void entitiesAreRecordedMergedAndUnmergedThroughTheApi() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        long project = sam.projectNamed("seminar", BlindStudies.withADisputedPassage(deploymentUrl));
        String entities = "tenants/seminar/projects/" + project + "/entities";
        String tag = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> first = sam.postJson(entities, Map.of("kind", "ARMED_GROUP", "name",
                "Kata'ib Hezbollah " + tag));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> second = sam.postJson(entities, Map.of("kind", "ARMED_GROUP", "name",
                "Kataeb Hezbollah " + tag));
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(sam.postJson(entities, Map.of("name", "Kata'ib Hezbollah " + tag)).statusCode())
                .as("a name that names an entity already").isEqualTo(400);
        long survivor = ApiClient.json(first).get("id").asLong();
        long merged = ApiClient.json(second).get("id").asLong();

        HttpResponse<String> merge = sam.postJson(entities + "/merges", Map.of("survivor", survivor, "merged", merged));
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);
        JsonNode kept = StreamSupport.stream(ApiClient.json(sam.get(entities)).spliterator(), false)
                .filter(e -> e.get("id").asLong() == survivor).findFirst().orElseThrow();
        assertThat(kept.get("aliases")).extracting(a -> a.get("alias").asText())
                .contains("Kata'ib Hezbollah " + tag, "Kataeb Hezbollah " + tag);

        long mergeId = ApiClient.json(merge).get("id").asLong();
        assertThat(sam.postJson(entities + "/merges/" + mergeId + "/undo", Map.of()).statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(sam.get(entities))).extracting(e -> e.get("id").asLong())
                .contains(survivor, merged);
        assertThat(sam.postJson(entities + "/merges/" + mergeId + "/undo", Map.of()).statusCode())
                .as("undone already").isEqualTo(400);
        long demo = sam.projectNamed("seminar", DEMO_PROJECT);
        assertThat(sam.postJson("tenants/seminar/projects/" + demo + "/entities/merges/" + mergeId + "/undo",
                Map.of()).statusCode()).as("a merge of another project").isEqualTo(404);
    }

    @Test
    void theLedgerListsContestedPropositionsAndRefusesAVerdictWithoutARationale() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String ledger = "tenants/seminar/projects/" + sam.projectNamed("seminar", DEMO_PROJECT) + "/ledger";

        JsonNode entries = ApiClient.json(sam.get(ledger));
        JsonNode contested = StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> !e.at("/proposition/conflicts").isEmpty()).findFirst().orElseThrow();
        assertThat(contested.at("/proposition/object").asText()).isEqualTo("Mustafa al-Kadhimi");
        String key = contested.at("/proposition/key").asText();
        assertThat(ApiClient.json(sam.get(ledger + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8))).get(0)
                .at("/proposition/key").asText()).isEqualTo(key);

        String one = ledger + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        int verdicts = ApiClient.json(sam.get(one)).get(0).get("verdicts").size();
        HttpResponse<String> refused = sam.postJson(ledger + "/verdicts", Map.of("key", key, "kind", "RECONCILED",
                "confidence", "high"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused).get("detail").asText()).contains("rationale");
        assertThat(ApiClient.json(sam.get(one)).get(0).get("verdicts")).as("nothing stored").hasSize(verdicts);

        assertThat(ApiClient.as(deploymentUrl, "ada").get(ledger).statusCode()).as("a coder").isEqualTo(403);
    }
}
