package org.concordia.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.RealKeycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reliability study run through the REST API alone, on published data: Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability", section C, four observers rating twelve units 1 to 5 with missing values, whose
 * alpha the paper gives for every level of measurement. Here the units are twelve statements of one document, the
 * observers three coders and a supervisor, and the rating one attribute per level.
 */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
class ReliabilityStudyApiIT {

    /** The paper's reliability data: a row per observer, a column per unit, null where the observer gave none. */
    private static final Map<String, String[]> RATINGS = new LinkedHashMap<>();

    static {
        RATINGS.put("ada", new String[] {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null});
        RATINGS.put("ben", new String[] {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"});
        RATINGS.put("carla", new String[] {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null});
        RATINGS.put("sam", new String[] {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null});
    }

    /** The alphas the paper publishes, by the attribute that is on that level. */
    private static final Map<String, Double> PUBLISHED = Map.of("rating (nominal)", 0.743,
            "rating (ordinal)", 0.815, "rating (interval)", 0.849, "rating (ratio)", 0.797);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void fourCodersThroughTheApiGiveThePublishedAlphaOnEveryLevel() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        HttpResponse<String> created = sam.postJson("tenants/seminar/projects", Map.of("name",
                "Reliability " + UUID.randomUUID().toString().substring(0, 8), "description",
                "Krippendorff's 2011 example, coded through the API."));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String base = "tenants/seminar/projects/" + ApiClient.json(created).get("id").asLong();

        long rating = addRatingClaimType(sam, base);
        long document = importTwelveStatements(sam, base);
        List<JsonNode> units = statementsOf(sam, base, document);

        HttpResponse<String> assigned = sam.postJson(base + "/assignments", Map.of("documentIds", List.of(document),
                "coders", List.copyOf(RATINGS.keySet())));
        assertThat(assigned.statusCode()).as("a supervisor is assigned as a coder too: " + assigned.body())
                .isEqualTo(200);
        assertThat(ApiClient.json(assigned).get("assigned").asInt()).isEqualTo(4);

        for (Map.Entry<String, String[]> observer : RATINGS.entrySet()) {
            ApiClient coder = observer.getKey().equals("sam") ? sam : ApiClient.as(deploymentUrl, observer.getKey());
            String[] values = observer.getValue();
            for (int u = 0; u < values.length; u++) {
                if (values[u] != null) {
                    code(coder, base, document, units.get(u), rating, values[u]);
                }
            }
            JsonNode mine = ApiClient.json(coder.get(base + "/assignments?mine=true"));
            HttpResponse<String> submitted = coder.postJson(base + "/assignments/" + mine.get(0).get("id").asLong()
                    + "/submit", Map.of());
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        }

        HttpResponse<String> report = sam.get(base + "/agreement");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        Map<String, JsonNode> byAttribute = new HashMap<>();
        ApiClient.json(report).get("byAttribute").forEach(row -> byAttribute.put(row.get("attribute").asText(), row));
        assertThat(byAttribute).containsOnlyKeys(PUBLISHED.keySet());
        PUBLISHED.forEach((attribute, alpha) -> {
            JsonNode row = byAttribute.get(attribute);
            assertThat(row.get("level").asText()).as(attribute).isEqualTo(attribute.replaceAll(".*\\((.*)\\)", "$1"));
            assertThat(row.at("/result/value").asDouble()).as(attribute).isCloseTo(alpha, within(0.0005));
            assertThat(row.at("/result/pairableUnits").asInt()).as("unit 12 has one value").isEqualTo(11);
            assertThat(row.at("/result/coders").asInt()).isEqualTo(4);
        });
    }

    @Test
    void aClaimTypeChangedSinceItWasReadIsNotOverwrittenAndBadOnesAreRefusedByField() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        HttpResponse<String> created = sam.postJson("tenants/seminar/projects", Map.of("name",
                "Codebook over the API " + UUID.randomUUID().toString().substring(0, 8)));
        String base = "tenants/seminar/projects/" + ApiClient.json(created).get("id").asLong();
        long rating = addRatingClaimType(sam, base);
        String claimType = base + "/codebook/claim-types/" + rating;

        HttpResponse<String> read = sam.get(claimType);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        Map<String, Object> renamed = new HashMap<>(Map.of("name", "Rating of the threat", "colour", "#884400",
                "attributes", List.of(Map.of("name", "severity", "type", "CHOICE", "choices",
                        List.of("none", "low", "moderate", "high", "severe", "extreme"), "level", "ordinal"))));
        HttpResponse<String> changed = sam.sendJson("PUT", claimType, renamed, etag);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(ApiClient.json(changed).at("/attributes/0/level").asText()).isEqualTo("ordinal");
        assertThat(ApiClient.json(changed).at("/attributes/0/choices")).hasSize(6);

        renamed.put("name", "Rating, second reading");
        HttpResponse<String> stale = sam.sendJson("PUT", claimType, renamed, etag);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(ApiClient.json(sam.get(claimType)).get("name").asText()).isEqualTo("Rating of the threat");

        HttpResponse<String> blank = sam.postJson(base + "/codebook/claim-types", Map.of("name", " ",
                "colour", "red"));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(blank).get("detail").asText()).contains("name", "colour");
        HttpResponse<String> wrongLevel = sam.postJson(base + "/codebook/claim-types", Map.of("name", "Quote",
                "attributes", List.of(Map.of("name", "words", "type", "TEXT", "level", "ratio"))));
        assertThat(wrongLevel.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(wrongLevel).get("detail").asText()).contains("cannot be ratio");
        HttpResponse<String> noSuchLevel = sam.postJson(base + "/codebook/claim-types", Map.of("name", "Quote",
                "attributes", List.of(Map.of("name", "words", "type", "TEXT", "level", "cardinal"))));
        assertThat(ApiClient.json(noSuchLevel).get("detail").asText()).contains("not a level of measurement");
        assertThat(ApiClient.json(sam.get(base + "/codebook")).get("claimTypes")).as("nothing half stored")
                .hasSize(1);

        ApiClient ada = ApiClient.as(deploymentUrl, "ada");
        assertThat(ada.postJson(base + "/codebook/claim-types", Map.of("name", " ")).statusCode())
                .as("a coder hears 403 whatever she sends").isEqualTo(403);
        assertThat(sam.sendJson("DELETE", claimType, null, etag).statusCode()).isEqualTo(412);
        String current = sam.get(claimType).headers().firstValue("ETag").orElseThrow();
        assertThat(sam.sendJson("DELETE", claimType, null, current).statusCode()).isEqualTo(204);
        assertThat(sam.get(claimType).statusCode()).isEqualTo(404);
    }

    /** One claim type, "Rating", whose four attributes hold the same rating on the four levels. */
    private static long addRatingClaimType(ApiClient sam, String base) throws Exception {
        List<String> oneToFive = List.of("1", "2", "3", "4", "5");
        HttpResponse<String> added = sam.postJson(base + "/codebook/claim-types", Map.of("name", "Rating",
                "definition", "How threatening the statement is, from 1 (not at all) to 5 (gravely).",
                "colour", "#aa3300", "hotkey", "r", "attributes", List.of(
                        Map.of("name", "rating (nominal)", "type", "CHOICE", "choices", oneToFive),
                        Map.of("name", "rating (ordinal)", "type", "CHOICE", "choices", oneToFive, "level",
                                "ordinal"),
                        Map.of("name", "rating (interval)", "type", "NUMBER"),
                        Map.of("name", "rating (ratio)", "type", "NUMBER", "level", "ratio"))));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("ETag")).isPresent();
        JsonNode attributes = ApiClient.json(added).get("attributes");
        assertThat(attributes).extracting(a -> a.get("level").asText())
                .containsExactly("nominal", "ordinal", "interval", "ratio");
        return ApiClient.json(added).get("id").asLong();
    }

    private static long importTwelveStatements(ApiClient sam, String base) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int u = 1; u <= 12; u++) {
            text.append("Statement ").append(u).append(": the militia's spokesman addressed the government.\n\n");
        }
        HttpResponse<String> uploaded = sam.upload(base + "/documents", "twelve-statements.txt",
                text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return ApiClient.json(uploaded).get(0).get("documentId").asLong();
    }

    /** The document's passages in the order of the statements they hold. */
    private static List<JsonNode> statementsOf(ApiClient sam, String base, long document) throws Exception {
        JsonNode[] units = new JsonNode[12];
        for (JsonNode passage : ApiClient.json(sam.get(base + "/documents/" + document)).get("passages")) {
            String[] words = passage.get("text").asText().split("[ :]");
            if (words.length > 1 && words[0].equals("Statement")) {
                units[Integer.parseInt(words[1]) - 1] = passage;
            }
        }
        assertThat(units).as("one passage per statement").doesNotContainNull();
        return new ArrayList<>(Arrays.asList(units));
    }

    private static void code(ApiClient coder, String base, long document, JsonNode passage, long claimType,
            String value) throws Exception {
        Map<String, String> attributes = Map.of("rating (nominal)", value, "rating (ordinal)", value,
                "rating (interval)", value, "rating (ratio)", value);
        HttpResponse<String> coded = coder.postJson(base + "/codings", Map.of("documentId", document,
                "passageId", passage.get("id").asLong(), "claimTypeId", claimType,
                "start", passage.get("start").asInt(), "end", passage.get("end").asInt(), "attributes", attributes));
        assertThat(coded.statusCode()).as(coded.body()).isEqualTo(201);
    }
}
