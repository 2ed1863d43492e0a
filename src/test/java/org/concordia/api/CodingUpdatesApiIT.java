package org.concordia.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.BlindStudies;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.RealKeycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Changing a coding over the API names the version read (ETag, If-Match): a stale change is refused with 412. */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
class CodingUpdatesApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void twoClientsChangingOneCodingCannotOverwriteEachOtherUnnoticed() throws Exception {
        String project = BlindStudies.withUnassignedDocuments(deploymentUrl, "note-" + UUID.randomUUID()
                .toString().substring(0, 6));
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String base = "tenants/seminar/projects/" + sam.projectNamed("seminar", project);
        long document = ApiClient.json(sam.get(base + "/documents")).get(0).get("id").asLong();
        JsonNode passage = ApiClient.json(sam.get(base + "/documents/" + document)).get("passages").get(1);
        long claimType = ApiClient.json(sam.get(base + "/codebook")).get("claimTypes").get(0).get("id").asLong();
        HttpResponse<String> created = sam.postJson(base + "/codings", Map.of("documentId", document, "passageId",
                passage.get("id").asLong(), "claimTypeId", claimType, "start", passage.get("start").asInt(), "end",
                passage.get("start").asInt() + 5));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String coding = base + "/codings/" + ApiClient.json(created).get("id").asLong();

        HttpResponse<String> read = sam.get(coding);
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> first = sam.sendJson("PUT", coding, Map.of("memo", "first reading"), etag);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String newer = first.headers().firstValue("ETag").orElseThrow();
        assertThat(newer).isNotEqualTo(etag);
        assertThat(ApiClient.json(first).get("memo").asText()).isEqualTo("first reading");

        HttpResponse<String> stale = sam.sendJson("PUT", coding, Map.of("memo", "second reading"), etag);
        assertThat(stale.statusCode()).as("a change made on the version before").isEqualTo(412);
        assertThat(ApiClient.json(stale).get("detail").asText()).contains("changed since you read it");
        assertThat(ApiClient.json(sam.get(coding)).get("memo").asText()).as("nothing stored")
                .isEqualTo("first reading");
        assertThat(sam.sendJson("DELETE", coding, null, etag).statusCode()).isEqualTo(412);
        assertThat(sam.sendJson("PUT", coding, Map.of("memo", "x"), "not-a-version").statusCode()).isEqualTo(400);

        assertThat(ApiClient.as(deploymentUrl, "ada").get(coding).statusCode())
                .as("blind: another coder's coding is not there for a coder").isEqualTo(404);
        assertThat(sam.sendJson("DELETE", coding, null, newer).statusCode()).isEqualTo(204);
        assertThat(sam.get(coding).statusCode()).isEqualTo(404);
    }

    @Test
    void twoSupervisorsChangingOneDocumentsVariablesCannotOverwriteEachOtherUnnoticed() throws Exception {
        String project = BlindStudies.withUnassignedDocuments(deploymentUrl, "vars-" + UUID.randomUUID()
                .toString().substring(0, 6));
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String base = "tenants/seminar/projects/" + sam.projectNamed("seminar", project);
        long document = ApiClient.json(sam.get(base + "/documents")).get(0).get("id").asLong();
        String variables = base + "/documents/" + document + "/variables";

        HttpResponse<String> read = sam.get(variables);
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(sam.get(variables).headers().firstValue("ETag")).as("the same variables, the same version")
                .contains(etag);

        HttpResponse<String> first = sam.sendJson("PUT", variables, Map.of("wave", "1"), etag);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String newer = first.headers().firstValue("ETag").orElseThrow();
        assertThat(newer).isNotEqualTo(etag);
        assertThat(sam.get(variables).headers().firstValue("ETag")).contains(newer);

        HttpResponse<String> stale = sam.sendJson("PUT", variables, Map.of("wave", "2"), etag);
        assertThat(stale.statusCode()).as("a change made on the variables before").isEqualTo(412);
        assertThat(ApiClient.json(stale).get("detail").asText()).contains("changed since you read them");
        assertThat(ApiClient.json(sam.get(variables)).get("wave").asText()).as("nothing stored").isEqualTo("1");

        HttpResponse<String> unconditional = sam.sendJson("PUT", variables, Map.of("wave", "3"), null);
        assertThat(unconditional.statusCode()).as("without If-Match the last change wins, as before")
                .isEqualTo(200);
        assertThat(ApiClient.json(sam.get(variables)).get("wave").asText()).isEqualTo("3");
        assertThat(sam.sendJson("PUT", variables, Map.of("wave", "4"), newer).statusCode())
                .as("the version read before the unconditional change is stale too").isEqualTo(412);
    }

    @Test
    void aBodyMissingFieldsIsRefusedWithEveryFieldNamed() throws Exception {
        String project = BlindStudies.withUnassignedDocuments(deploymentUrl, "note-" + UUID.randomUUID()
                .toString().substring(0, 6));
        ApiClient sam = ApiClient.as(deploymentUrl, "sam");
        String base = "tenants/seminar/projects/" + sam.projectNamed("seminar", project);

        HttpResponse<String> coding = sam.postJson(base + "/codings", Map.of("documentId", 1, "start", -3));
        assertThat(coding.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(coding).get("detail").asText()).contains("passageId must not be null",
                "claimTypeId must not be null", "end must not be null", "start must be greater than or equal to 0");

        HttpResponse<String> group = sam.postJson(base + "/document-groups", Map.of("name", " "));
        assertThat(group.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(group).get("detail").asText()).contains("name must not be blank");
        assertThat(ApiClient.as(deploymentUrl, "ada").postJson(base + "/document-groups", Map.of("name", " "))
                .statusCode()).as("the role first, whatever the body").isEqualTo(403);
        assertThat(ApiClient.json(sam.get(base + "/document-groups"))).as("nothing stored").isEmpty();
    }
}
