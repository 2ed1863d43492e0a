package org.concordia.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.RealKeycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker or a careless script sends: zip bombs, malformed bodies, invisible characters. Each gets a 4xx
 * with a sentence and leaves nothing stored; the server keeps answering.
 */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
@RunAsClient
class HostileInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @DisplayName("A zip bomb sent as a project or as documents is refused with 413 and the server stays up")
    void aZipBombIsRefusedAndTheServerStaysUp() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        int projectsBefore = ApiClient.json(sam.get("tenants/seminar/projects")).size();
        byte[] bomb = zipOfZeros(2, 256);

        HttpResponse<String> asProject = sam.post("tenants/seminar/projects/import?name=Bomb", "application/zip",
                bomb);
        assertThat(asProject.statusCode()).as(asProject.body()).isEqualTo(413);
        assertThat(ApiClient.json(asProject).get("detail").asText()).contains("times its own size");

        long project = scratchProject(sam);
        HttpResponse<String> asDocuments = sam.upload("tenants/seminar/projects/" + project + "/documents",
                "bomb.zip", bomb);
        assertThat(asDocuments.statusCode()).as(asDocuments.body()).isEqualTo(413);
        assertThat(ApiClient.json(sam.get("tenants/seminar/projects/" + project + "/documents"))).isEmpty();

        assertThat(ApiClient.json(sam.get("tenants/seminar/projects")).size()).as("only the scratch project is new")
                .isEqualTo(projectsBefore + 1);
        assertThat(ApiClient.anonymous(deploymentUrl).get("../health").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("Malformed JSON and a string where a number belongs get 400 with a sentence, not 500")
    void malformedBodiesGet400() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        long project = scratchProject(sam);

        for (String body : new String[] {"{\"name\": ", "[1, 2", "{\"documentId\": \"twelve\", \"start\": []}",
                "\"just a string\""}) {
            HttpResponse<String> response = sam.post("tenants/seminar/projects/" + project + "/codings",
                    "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
            assertThat(ApiClient.json(response).get("detail").asText()).as(body).isNotBlank()
                    .doesNotContain("org.concordia");
        }
        HttpResponse<String> badProject = sam.post("tenants/seminar/projects", "application/json",
                "{\"name\": {\"nested\": true}}".getBytes(StandardCharsets.UTF_8));
        assertThat(badProject.statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("Control characters and direction overrides in names are refused and nothing is stored")
    void invisibleCharactersInNamesAreRefused() throws Exception {
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String marker = UUID.randomUUID().toString();

        for (String name : new String[] {"NUL\u0000" + marker, "escape\u001b[31m" + marker,
                "gpj.\u202Eexe" + marker}) {
            HttpResponse<String> response = sam.postJson("tenants/seminar/projects", Map.of("name", name));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(ApiClient.json(response).get("detail").asText()).contains("cannot be shown as text");
        }
        assertThat(sam.get("tenants/seminar/projects").body()).doesNotContain(marker);
    }

    private static long scratchProject(ApiClient client) throws Exception {
        HttpResponse<String> created = client.postJson("tenants/seminar/projects",
                Map.of("name", "Hostile input " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode project = ApiClient.json(created);
        return project.get("id").asLong();
    }

    /** A zip of {@code entries} files of {@code megabytes} of zeros each: a few hundred KB that unpack to much. */
    private static byte[] zipOfZeros(int entries, int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry("sources/zeros-" + e + ".txt"));
                for (int i = 0; i < megabytes; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
