package org.concordia.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A blind round of the seminar's own, made over the API for tests that change what they review (settle, accept,
 * reveal): sam's new project, one statement coded by ben and carla, both submitted. Each call makes a new project,
 * so no test changes the demo data another test reads.
 */
public final class BlindStudies {

    /** The passage ben and carla agree on (both: Opposition). */
    public static final String AGREED = "Kata'ib Hezbollah opposed the new prime minister from the start.";
    /** The passage carla alone reads as an Evaluation. */
    public static final String DISPUTED =
            "The militia warned that whoever shares that responsibility will answer for it.";
    /** The document's title, as the import takes it from the file name. */
    public static final String DOCUMENT = "militia-statement";
    /** A passage nobody coded. */
    public static final String UNCODED = "The statement was read out on the militia's channel.";

    private BlindStudies() {
    }

    /**
     * A new project in the seminar with {@code titles.length} documents nobody is assigned to yet (titled as given)
     * and the two-type codebook: its name.
     */
    public static String withUnassignedDocuments(URL deploymentUrl, String... titles) throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String name = "Assignments " + UUID.randomUUID().toString().substring(0, 8);
        String base = newProject(sam, name);
        for (String title : titles) {
            HttpResponse<String> uploaded = sam.upload(base + "/documents", title + ".txt",
                    (title + "\n\n" + AGREED + "\n\n" + DISPUTED + "\n").getBytes(StandardCharsets.UTF_8));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        }
        return name;
    }

    /** A new project in the seminar with one document coded blind by ben and carla and submitted: its name. */
    public static String withADisputedPassage(URL deploymentUrl) throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String name = "Militia statement " + UUID.randomUUID().toString().substring(0, 8);
        String base = newProject(sam, name);
        Map<String, Long> types = new HashMap<>();
        ApiClient.json(sam.get(base + "/codebook")).get("claimTypes")
                .forEach(t -> types.put(t.get("name").asText(), t.get("id").asLong()));
        HttpResponse<String> uploaded = sam.upload(base + "/documents", DOCUMENT + ".txt",
                ("A militia statement\n\n" + AGREED + "\n\n" + DISPUTED + "\n\n" + UNCODED + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long document = ApiClient.json(uploaded).get(0).get("documentId").asLong();
        Map<String, JsonNode> passages = new HashMap<>();
        ApiClient.json(sam.get(base + "/documents/" + document)).get("passages")
                .forEach(p -> passages.put(p.get("text").asText(), p));
        assertThat(passages).containsKeys(AGREED, DISPUTED, UNCODED);

        HttpResponse<String> assigned = sam.postJson(base + "/assignments",
                Map.of("documentIds", List.of(document), "coders", List.of("ben", "carla")));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(ApiClient.json(assigned).get("assigned").asInt()).isEqualTo(2);

        ApiClient ben = ApiClient.as(deploymentUrl, "ben");
        code(ben, base, document, passages.get(AGREED), types.get("Opposition"));
        submit(ben, base);
        ApiClient carla = ApiClient.as(deploymentUrl, "carla");
        code(carla, base, document, passages.get(AGREED), types.get("Opposition"));
        code(carla, base, document, passages.get(DISPUTED), types.get("Evaluation"));
        submit(carla, base);
        return name;
    }

    /** sam's new project with the two-type codebook (Opposition, Evaluation): its API path. */
    private static String newProject(ApiClient sam, String name) throws Exception {
        HttpResponse<String> created = sam.postJson("tenants/seminar/projects",
                Map.of("name", name, "description", "A blind round of two coders."));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String base = "tenants/seminar/projects/" + ApiClient.json(created).get("id").asLong();
        String codebook = "path,name,guid,codable,colour,hotkey,definition,when_to_use,when_not_to_use,examples,"
                + "attributes\r\n"
                + "Opposition,Opposition," + UUID.randomUUID() + ",true,#d62728,o,An actor opposes another.,,,,\r\n"
                + "Evaluation,Evaluation," + UUID.randomUUID() + ",true,#1f77b4,e,A source judges an actor.,,,,\r\n";
        HttpResponse<String> imported = sam.post(base + "/codebook", "text/csv",
                codebook.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        return base;
    }

    private static void code(ApiClient coder, String base, long document, JsonNode passage, long claimType)
            throws Exception {
        HttpResponse<String> coded = coder.postJson(base + "/codings", Map.of("documentId", document,
                "passageId", passage.get("id").asLong(), "claimTypeId", claimType,
                "start", passage.get("start").asInt(), "end", passage.get("end").asInt()));
        assertThat(coded.statusCode()).as(coded.body()).isEqualTo(201);
    }

    private static void submit(ApiClient coder, String base) throws Exception {
        JsonNode mine = ApiClient.json(coder.get(base + "/assignments?mine=true"));
        assertThat(mine).hasSize(1);
        HttpResponse<String> submitted = coder.postJson(base + "/assignments/" + mine.get(0).get("id").asLong()
                + "/submit", Map.of());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(ApiClient.json(submitted).hasNonNull("submittedAt")).isTrue();
    }
}
