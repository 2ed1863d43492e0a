package org.concordia.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.BlindStudies;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.RealKeycloak;
import org.concordia.testsupport.Urls;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API as a script uses it: real tokens from the real Keycloak (client concordia-cli), the demo tenants'
 * data, and the refusals a script must be able to tell apart: 401 without a token, 403 for a missing role, 404 for
 * another tenant's ids, 400 for input to correct (with nothing stored).
 */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
@RunAsClient
class ApiIT {

    private static final String DEMO_PROJECT = "Iraq 2020: who chose the prime minister?";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void theServerPublishesTheApisOpenApiDescription() throws Exception {
        URI openapi = Urls.localhost(deploymentUrl).resolve("/openapi?format=JSON");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode description = ApiClient.json(response);
        List<String> paths = new ArrayList<>();
        description.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).anyMatch(p -> p.endsWith("/api/tenants/{tenant}/projects/{project}/codings"))
                .anyMatch(p -> p.endsWith("/api/tenants/{tenant}/projects/{project}/agreement"))
                .anyMatch(p -> p.endsWith("/api/tenants/{tenant}/projects/{project}/exports/{job}/file"))
                .anyMatch(p -> p.endsWith("/api/tenants/{tenant}/projects/{project}/documents"))
                .anyMatch(p -> p.endsWith("/api/tenants/{tenant}/projects/{project}/search"))
                .anyMatch(p -> p.endsWith("/api/tenants/{tenant}/projects/{project}/analysis/segments"));
        assertThat(description.at("/components/securitySchemes/keycloak/scheme").asText()).isEqualTo("bearer");
        assertThat(description.at("/info/title").asText()).isEqualTo("Concordia API");
    }

    @Test
    void withoutATokenTheApiAnswers401InsteadOfALoginPage() throws Exception {
        HttpResponse<String> response = ApiClient.anonymous(deploymentUrl).get("tenants");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiClient.json(response).get("detail").asText()).as("says what to send")
                .contains("Authorization: Bearer");
    }

    @Test
    void aSupervisorBuildsAndCodesAProjectThroughTheApi() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        JsonNode tenants = ApiClient.json(sam.get("tenants"));
        assertThat(tenants).anyMatch(t -> t.get("tenantSlug").asText().equals("seminar")
                && t.get("role").asText().equals("SUPERVISOR"));

        HttpResponse<String> created = sam.postJson("tenants/seminar/projects",
                Map.of("name", "API project " + UUID.randomUUID(), "description", "made by a script"));
        assertThat(created.statusCode()).isEqualTo(201);
        long project = ApiClient.json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/tenants/seminar/projects/" + project));
        String base = "tenants/seminar/projects/" + project;

        // The demo project's codebook, as CSV, becomes the new project's codebook.
        long demo = sam.projectNamed("seminar", DEMO_PROJECT);
        byte[] codebookCsv = sam.download("tenants/seminar/projects/" + demo + "/codebook/csv").body();
        JsonNode codebook = ApiClient.json(sam.post(base + "/codebook", "text/csv", codebookCsv));
        assertThat(codebook.get("claimTypes")).isNotEmpty();
        JsonNode claimType = StreamSupport.stream(codebook.get("claimTypes").spliterator(), false)
                .filter(t -> t.get("codable").asBoolean()).findFirst().orElseThrow();
        Map<String, String> attributes = ApiClient.requiredAttributesOf(claimType);

        Path report = corpusFile("004_");
        HttpResponse<String> uploaded = sam.upload(base + "/documents", report.getFileName().toString(),
                Files.readAllBytes(report));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode outcome = ApiClient.json(uploaded).get(0);
        assertThat(outcome.get("result").asText()).isEqualTo("IMPORTED");
        long document = outcome.get("documentId").asLong();

        JsonNode detail = ApiClient.json(sam.get(base + "/documents/" + document));
        assertThat(detail.at("/document/metadata/title").asText()).as("the file name without extension")
                .isEqualTo(report.getFileName().toString().replace(".txt", "").replace('_', ' '));
        JsonNode passage = detail.get("passages").get(0);
        int start = passage.get("start").asInt();

        HttpResponse<String> coded = sam.postJson(base + "/codings", Map.of("documentId", document,
                "passageId", passage.get("id").asLong(), "claimTypeId", claimType.get("id").asLong(),
                "start", start, "end", start + 12, "attributes", attributes, "memo", "coded by a script"));
        assertThat(coded.statusCode()).as(coded.body()).isEqualTo(201);
        assertThat(ApiClient.json(coded).get("coder").asText()).isEqualTo("sam");

        HttpResponse<String> outside = sam.postJson(base + "/codings", Map.of("documentId", document,
                "passageId", passage.get("id").asLong(), "claimTypeId", claimType.get("id").asLong(),
                "start", start, "end", passage.get("end").asInt() + 5, "attributes", attributes));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(outside).get("detail").asText()).contains("inside one passage");
        HttpResponse<String> unknownAttribute = sam.postJson(base + "/codings", Map.of("documentId", document,
                "passageId", passage.get("id").asLong(), "claimTypeId", claimType.get("id").asLong(),
                "start", start, "end", start + 5, "attributes", with(attributes, "no such attribute", "x")));
        assertThat(unknownAttribute.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknownAttribute).get("detail").asText()).contains("no attribute");

        JsonNode codings = ApiClient.json(sam.get(base + "/codings?document=" + document));
        assertThat(codings).as("only the good coding was stored, not the refused ones").hasSize(1);
        assertThat(codings.get(0).get("memo").asText()).isEqualTo("coded by a script");
        assertThat(codings.get(0).get("end").asInt() - codings.get(0).get("start").asInt()).isEqualTo(12);
    }

    @Test
    void agreementComesWithItsConfidenceIntervals() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String agreement = "tenants/seminar/projects/" + sam.projectNamed("seminar", DEMO_PROJECT) + "/agreement";

        JsonNode measures = ApiClient.json(sam.get(agreement + "/measures"));
        assertThat(measures).anyMatch(m -> m.get("id").asText().equals("cohen-kappa"));
        HttpResponse<String> response = sam.get(agreement + "?measure=krippendorff-alpha-nominal&detail=overview");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = ApiClient.json(response);
        JsonNode overall = report.get("overall");
        assertThat(overall.get("coders").asInt()).isGreaterThanOrEqualTo(2);
        double value = overall.get("value").asDouble();
        JsonNode interval = overall.get("interval");
        assertThat(interval.get("level").asDouble()).isEqualTo(0.95);
        assertThat(interval.get("lower").asDouble()).isLessThanOrEqualTo(value);
        assertThat(interval.get("upper").asDouble()).isGreaterThanOrEqualTo(value);
        assertThat(report.get("byClaimType")).isNotEmpty();

        HttpResponse<String> unknown = sam.get(agreement + "?measure=astrology");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknown).get("detail").asText()).contains("astrology");
    }

    @Test
    void anExportRunsInTheBackgroundAndIsDownloadedWhenDone() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String exports = "tenants/seminar/projects/" + sam.projectNamed("seminar", DEMO_PROJECT) + "/exports";
        assertThat(ApiClient.json(sam.get(exports + "/formats"))).anyMatch(f -> f.get("id").asText().equals("csv"));

        HttpResponse<String> started = sam.postJson(exports, Map.of("format", "csv"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath()
                .replaceAll(".*/api/", "");
        JsonNode state = waitUntilFinished(sam, job);
        assertThat(state.get("state").asText()).isEqualTo("DONE");

        HttpResponse<byte[]> file = sam.download(job + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains(".csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file.body(), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(state.get("rowsDone").asInt()).isNotEmpty();
        assertThat(rows).allMatch(row -> !row.get("claim_type_path").isBlank() && !row.get("quote").isBlank());
    }

    @Test
    void aProjectIsBackedUpAndRestoredThroughTheApi() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        long demo = sam.projectNamed("seminar", DEMO_PROJECT);
        String exports = "tenants/seminar/projects/" + demo + "/exports";
        HttpResponse<String> started = sam.postJson(exports, Map.of("format", "refi-qda"));
        String job = exports + "/" + ApiClient.json(started).get("id").asLong();
        assertThat(waitUntilFinished(sam, job).get("state").asText()).isEqualTo("DONE");
        byte[] backup = sam.download(job + "/file").body();

        String name = "Restored " + UUID.randomUUID();
        HttpResponse<String> restored = sam.post("tenants/seminar/projects/import?name="
                + name.replace(" ", "%20"), "application/zip", backup);

        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(201);
        JsonNode result = ApiClient.json(restored);
        long copy = result.at("/project/id").asLong();
        assertThat(result.at("/project/name").asText()).isEqualTo(name);
        String original = "tenants/seminar/projects/" + demo;
        String restoredBase = "tenants/seminar/projects/" + copy;
        assertThat(ApiClient.json(sam.get(restoredBase + "/documents")).size())
                .isEqualTo(ApiClient.json(sam.get(original + "/documents")).size());
        assertThat(ApiClient.json(sam.get(restoredBase + "/codings")).size()).as("every coding of the demo project")
                .isEqualTo(ApiClient.json(sam.get(original + "/codings")).size())
                .isEqualTo(result.get("codings").asInt());

        HttpResponse<String> notAProject = sam.post("tenants/seminar/projects/import", "application/zip",
                "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(notAProject.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(notAProject).get("detail").asText()).contains("not a REFI-QDA project");
    }

    @Test
    void aBlindRoundIsAssignedSubmittedAndRevealedThroughTheApi() throws Exception {
        // Assigned, coded and submitted by ben and carla, all over the API (BlindStudies).
        String name = BlindStudies.withADisputedPassage(deploymentUrl);
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String base = "tenants/seminar/projects/" + sam.projectNamed("seminar", name);

        JsonNode assignments = ApiClient.json(sam.get(base + "/assignments"));
        assertThat(assignments).extracting(a -> a.get("coder").asText()).containsExactlyInAnyOrder("ben", "carla");
        assertThat(assignments).allMatch(a -> a.hasNonNull("submittedAt"));
        JsonNode agreement = ApiClient.json(sam.get(base + "/agreement?measure=krippendorff-alpha-nominal"
                + "&detail=overview"));
        assertThat(agreement.at("/overall/coders").asInt()).as("both coders' codings count").isEqualTo(2);

        ApiClient ben = ApiClient.as(deploymentUrl, "ben");
        assertThat(ben.postJson(base + "/assignments", Map.of("documentIds", List.of(1), "coders", List.of("ben")))
                .statusCode()).as("coders do not assign").isEqualTo(403);
        long document = assignments.get(0).get("documentId").asLong();
        assertThat(ApiClient.json(ben.get(base + "/codings?document=" + document))).as("blind: his own only")
                .allMatch(c -> c.get("coder").asText().equals("ben"));

        HttpResponse<String> revealed = sam.postJson(base + "/assignments/reveal?document=" + document, Map.of());
        assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
        assertThat(ApiClient.json(ben.get(base + "/codings?document=" + document)))
                .extracting(c -> c.get("coder").asText()).contains("ben", "carla");

        long carlas = StreamSupport.stream(assignments.spliterator(), false)
                .filter(a -> a.get("coder").asText().equals("carla")).findFirst().orElseThrow().get("id").asLong();
        HttpResponse<String> reopened = sam.postJson(base + "/assignments/" + carlas + "/reopen", Map.of());
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(ApiClient.json(reopened).hasNonNull("submittedAt")).as("open again").isFalse();

        HttpResponse<String> nobody = sam.postJson(base + "/assignments", Map.of("documentIds", List.of(document)));
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(nobody).get("detail").asText()).contains("coders");
        long demo = sam.projectNamed("seminar", DEMO_PROJECT);
        assertThat(sam.postJson("tenants/seminar/projects/" + demo + "/assignments/" + carlas + "/submit", Map.of())
                .statusCode()).as("an assignment of another project").isEqualTo(404);
    }

    @Test
    void listsComeInPagesWhenAskedFor() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String documents = "tenants/seminar/projects/" + sam.projectNamed("seminar", DEMO_PROJECT) + "/documents";
        JsonNode whole = ApiClient.json(sam.get(documents));
        assertThat(whole.size()).as("the demo project's documents").isGreaterThanOrEqualTo(3);

        HttpResponse<String> first = sam.get(documents + "?page=0&size=2");
        assertThat(ApiClient.json(first)).extracting(d -> d.get("id").asLong())
                .containsExactly(whole.get(0).get("id").asLong(), whole.get(1).get("id").asLong());
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(whole.size()));
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("page=1", "rel=\"next\"", "rel=\"last\"").doesNotContain("rel=\"prev\""));
        JsonNode second = ApiClient.json(sam.get(documents + "?page=1&size=2"));
        assertThat(second.get(0).get("id").asLong()).isEqualTo(whole.get(2).get("id").asLong());
        assertThat(ApiClient.json(sam.get(documents + "?page=99&size=2"))).as("past the end").isEmpty();

        for (String wrong : new String[] {"?size=0", "?size=5000", "?page=-1", "?page=first"}) {
            HttpResponse<String> refused = sam.get(documents + wrong);
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            assertThat(ApiClient.json(refused).get("detail").asText()).as(wrong).contains("size is 1 to 1000");
        }
    }

    @Test
    void searchAndAnalysisAnswerThroughTheApiWithBlindCodingKept() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String base = "tenants/seminar/projects/" + sam.projectNamed("seminar", DEMO_PROJECT);

        JsonNode found = ApiClient.json(sam.get(base + "/search?q=" + java.net.URLEncoder.encode("al-Kadhimi",
                StandardCharsets.UTF_8)));
        assertThat(found.get("passages").asInt()).as("every spelling of the prime minister").isGreaterThan(2);
        assertThat(found.get("alsoSearched").toString()).contains("Kazimi");
        JsonNode named = ApiClient.json(sam.get(base + "/search?q=Iran&attribute=object&value=al-Kazimi"));
        assertThat(named.findValuesAsText("title")).as("codings naming him in another spelling count")
                .anyMatch(t -> t.startsWith("Iran backs Kadhimi"));
        assertThat(sam.get(base + "/search?q=Iran&state=HALF_DONE").statusCode()).isEqualTo(400);
        long pm = 0;
        for (JsonNode e : ApiClient.json(sam.get(base + "/entities"))) {
            if (e.get("name").asText().equals("Mustafa al-Kadhimi")) {
                pm = e.get("id").asLong();
            }
        }
        JsonNode mentions = ApiClient.json(sam.get(base + "/mentions/" + pm));
        assertThat(mentions.get("inCodings").findValuesAsText("value")).as("each source's spelling")
                .contains("Mustafa al-Kadhimi", "Mustafa al-Kazimi", "Mustafa Al-Kazemi");
        assertThat(mentions.at("/inText/passages").asInt()).isGreaterThan(2);

        JsonNode byOutlet = ApiClient.json(sam.get(base + "/analysis/codes?by=OUTLET"));
        List<String> outlets = new ArrayList<>();
        byOutlet.get("rows").forEach(r -> outlets.add(r.at("/heading/key").asText()));
        assertThat(outlets).containsExactly("Baghdad Wire", "Gulf Monitor", "Gulf Review", "");
        assertThat(byOutlet.get("total").asLong()).isPositive();
        assertThat(ApiClient.json(sam.get(base + "/analysis/co-occurrence")).get("columns")).isNotEmpty();
        JsonNode segments = ApiClient.json(sam.get(base + "/analysis/segments?by=OUTLET&value=Gulf+Review&limit=1"));
        assertThat(segments.get("shown")).hasSize(1);
        assertThat(segments.get("total").asLong()).as("the paper's two Support codings").isGreaterThanOrEqualTo(2);
        assertThat(segments.at("/shown/0/quote").asText()).isNotBlank();
        assertThat(sam.get(base + "/analysis/codes?by=colour").statusCode()).isEqualTo(400);

        ApiClient ada = ApiClient.as(deploymentUrl, "ada");
        JsonNode adasOwn = ApiClient.json(ada.get(base + "/analysis/segments?coder=carla&limit=1000"));
        List<String> coders = new ArrayList<>();
        adasOwn.get("shown").forEach(s -> coders.add(s.get("coder").asText()));
        assertThat(coders).as("a coder asking for another's segments gets her own").isNotEmpty().containsOnly("ada");
    }

    @Test
    void aCoderTokenIsRefusedSupervisorRoutes() throws Exception {
        ApiClient ada = ApiClient.as(deploymentUrl, "ada");
        long demo = ada.projectNamed("seminar", DEMO_PROJECT);
        String base = "tenants/seminar/projects/" + demo;

        assertThat(ada.get(base + "/agreement").statusCode()).isEqualTo(403);
        assertThat(ada.get(base + "/exports").statusCode()).isEqualTo(403);
        assertThat(ada.postJson(base + "/exports", Map.of("format", "csv")).statusCode()).isEqualTo(403);
        assertThat(ada.postJson("tenants/seminar/projects", Map.of("name", "not allowed")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> upload = ada.upload(base + "/documents", "note.txt",
                "A coder may not import documents.".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(upload).get("detail").asText()).isNotBlank();

        // What coders may do, they may do through the API too.
        assertThat(ada.get(base + "/codebook").statusCode()).isEqualTo(200);
        assertThat(ada.get(base + "/codings").statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenOfAnotherTenantFindsNoneOfTheSeminarsIds() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        long seminarProject = sam.projectNamed("seminar", DEMO_PROJECT);
        long seminarDocument = ApiClient.json(sam.get("tenants/seminar/projects/" + seminarProject + "/documents"))
                .get(0).get("id").asLong();

        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        JsonNode researchProjects = ApiClient.json(rhea.get("tenants/research/projects"));
        long researchProject = researchProjects.get(0).get("id").asLong();

        HttpResponse<String> seminar = rhea.get("tenants/seminar/projects");
        assertThat(seminar.statusCode()).isEqualTo(404);
        assertThat(seminar.body()).doesNotContain(DEMO_PROJECT);
        assertThat(rhea.get("tenants/research/projects/" + seminarProject).statusCode()).isEqualTo(404);
        assertThat(rhea.get("tenants/research/projects/" + seminarProject + "/documents").statusCode())
                .isEqualTo(404);
        assertThat(rhea.get("tenants/research/projects/" + seminarProject + "/codings").statusCode())
                .isEqualTo(404);
        assertThat(rhea.get("tenants/research/projects/" + researchProject + "/documents/" + seminarDocument)
                .statusCode()).isEqualTo(404);
        assertThat(rhea.get("tenants/research/projects/" + researchProject + "/codings?document="
                + seminarDocument).statusCode()).isEqualTo(404);
        assertThat(rhea.postJson("tenants/research/projects/" + seminarProject + "/exports",
                Map.of("format", "csv")).statusCode()).isEqualTo(404);
    }

    /** A fitting value for each required attribute, as a coder would fill them in. */
    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> more = new HashMap<>(values);
        more.put(name, value);
        return more;
    }

    private static JsonNode waitUntilFinished(ApiClient client, String job) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode state = ApiClient.json(client.get(job));
            if (!List.of("QUEUED", "RUNNING").contains(state.get("state").asText())) {
                return state;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The export " + job + " did not finish within two minutes");
    }

    private static Path corpusFile(String prefix) throws Exception {
        try (var files = Files.list(Path.of("../shared/corpus"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
