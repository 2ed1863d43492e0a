package org.concordia.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Projects of their own for browser tests, made over the API in the research team's tenant, so that no test changes
 * the demo data another test reads: a one-type codebook (Stance, hotkey t, with subject, relation and object) and
 * one document.
 */
public final class ResearchProjects {

    private ResearchProjects() {
    }

    /** A new project of {@code rhea}'s with the Stance codebook and a document of {@code text}: its API path and the document's id. */
    public static String[] withADocument(ApiClient rhea, String text) throws Exception {
        HttpResponse<String> created = rhea.postJson("tenants/research/projects",
                Map.of("name", "Keyboard coding " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String base = "tenants/research/projects/" + ApiClient.json(created).get("id").asLong();
        String codebook = "path,name,guid,codable,colour,hotkey,definition,when_to_use,when_not_to_use,examples,"
                + "attributes\r\nStance,Stance," + UUID.randomUUID() + ",true,#d62728,t,Who backed whom.,,,,"
                + "\"subject (entity, required); relation (choice: backed,accepted or acquiesced, required);"
                + " object (entity, required)\"\r\n";
        HttpResponse<String> imported = rhea.post(base + "/codebook", "text/csv",
                codebook.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(StreamSupport.stream(ApiClient.json(imported).get("claimTypes").spliterator(), false)
                .map(t -> t.get("name").asText())).contains("Stance");
        HttpResponse<String> uploaded = rhea.upload(base + "/documents", "keyboard-report.txt",
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return new String[] {base, ApiClient.json(uploaded).get(0).get("documentId").asText()};
    }
}
