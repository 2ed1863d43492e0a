package org.concordia.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.BrowserlessLogin;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.RealKeycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Generated hostile text (markup, template and SQL fragments, spreadsheet formulas, direction overrides, zero-width
 * and control characters, astral characters, halves of characters, very long strings, any character at all) sent
 * through the API's text fields: every answer is a 4xx with a sentence or the text back exactly as stored (stripped
 * of surrounding white space, as names are), never a 500; where a page shows it, it is escaped. The samples come
 * from jqwik's generators, new ones each run; a failure names its input in full. The tally is written to
 * {@code target/hostile-strings.txt}. It works in the research team's tenant, whose admin is rhea, and leaves
 * projects of its own there (names beginning "Hostile"), since the API deletes none.
 */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
@RunAsClient
class HostileStringsIT {

    private static final int SAMPLES = 40;
    private static final List<String> TALLY = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @AfterAll
    static void writeTheTally() throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/hostile-strings.txt"), TALLY);
    }

    /** Text an attacker or a careless paste brings. */
    static Arbitrary<String> hostileText() {
        Arbitrary<String> fragments = Arbitraries.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "</textarea><svg onload=alert(1)>", "{{7*7}}", "${7*7}", "#{7*7}", "'; DROP TABLE project; --",
                "=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\u202Etxt.exe", "\u2066x\u2069",
                "\u200B\u200C\u200D\uFEFF", "\u0000", "\u001B[31m", "\u0085", "\r\n", "\t", "\uD83D\uDE00",
                "\uD835\uDC00", "\uD83D", "\uDE00", "مصطفى الكاظمي", "کاظمی\u200Cها", "al-Kāẓimī", "  ", "&amp;",
                "%00", "\\u0000", "a".repeat(600), "\uD83D\uDE00".repeat(300));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange('\u0000', '\u007F').ofMaxLength(60);
        Arbitrary<String> mixed = Combinators.combine(fragments, ascii, fragments).as((a, b, c) -> a + b + c);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, fragments), net.jqwik.api.Tuple.of(2, anyChars),
                net.jqwik.api.Tuple.of(2, ascii), net.jqwik.api.Tuple.of(3, mixed));
    }

    /**
     * {@code count} samples of {@link #hostileText}, the fixed fragments among them each time. jqwik draws them
     * outside a property from its own randomness: a failing input is named in full in the assertion's message.
     */
    static List<String> samples(int count) {
        return hostileText().sampleStream().limit(count).toList();
    }

    @Test
    @DisplayName("Project names and descriptions: refused with a sentence, or stored and shown escaped")
    void projectNamesAndDescriptions() throws Exception {
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        int stored = 0;
        int refused = 0;
        List<String> storedNames = new ArrayList<>();
        for (String text : samples(SAMPLES)) {
            String name = "Hostile " + asSent(text);
            HttpResponse<String> response = rhea.postJson("tenants/research/projects",
                    Map.of("name", name, "description", text));
            if (accepted(response, "project " + describe(text))) {
                JsonNode project = ApiClient.json(response);
                assertThat(project.get("name").asText()).as(describe(text)).isEqualTo(name.strip());
                assertThat(project.path("description").asText(null)).as(describe(text))
                        .isEqualTo(asSent(text).isBlank() ? null : asSent(text).strip());
                storedNames.add(name.strip());
                stored++;
            } else {
                refused++;
            }
        }
        String dashboard = BrowserlessLogin.as(deploymentUrl, "rhea", "concordia").get("dashboard.xhtml").body();
        for (String name : storedNames) {
            if (name.contains("<")) {
                assertThat(dashboard).as("the dashboard shows %s escaped", describe(name)).doesNotContain(name);
            }
        }
        TALLY.add("project name and description: " + SAMPLES + " sent, " + stored + " stored exactly, " + refused
                + " refused with a sentence, 0 errors");
    }

    @Test
    @DisplayName("Coding memos and attribute values: refused with a sentence, or stored exactly")
    void codingMemosAndAttributeValues() throws Exception {
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        String base = scratchProjectWithADocument(rhea);
        JsonNode codebook = ApiClient.json(rhea.get(base + "/codebook"));
        JsonNode claimType = StreamSupport.stream(codebook.get("claimTypes").spliterator(), false)
                .filter(t -> t.get("codable").asBoolean() && textAttribute(t) != null).findFirst().orElseThrow();
        String attribute = textAttribute(claimType);
        JsonNode document = ApiClient.json(rhea.get(base + "/documents")).get(0);
        JsonNode passage = ApiClient.json(rhea.get(base + "/documents/" + document.get("id").asLong()))
                .get("passages").get(0);
        int stored = 0;
        int refused = 0;
        for (String text : samples(SAMPLES)) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("documentId", document.get("id").asLong(),
                    "passageId", passage.get("id").asLong(), "claimTypeId", claimType.get("id").asLong(),
                    "start", passage.get("start").asInt(), "end", passage.get("start").asInt() + 3,
                    "memo", text));
            body.put("attributes", Map.of(attribute, text));
            HttpResponse<String> response = rhea.postJson(base + "/codings", body);
            if (accepted(response, "coding " + describe(text))) {
                JsonNode coding = ApiClient.json(response);
                String expected = asSent(text).isBlank() ? null : asSent(text).strip();
                assertThat(coding.path("memo").asText(null)).as(describe(text)).isEqualTo(expected);
                assertThat(coding.path("attributes").path(attribute).asText(null)).as(describe(text))
                        .isEqualTo(expected);
                stored++;
            } else {
                refused++;
            }
        }
        TALLY.add("coding memo and attribute value: " + SAMPLES + " sent, " + stored + " stored exactly, " + refused
                + " refused with a sentence, 0 errors");
    }

    @Test
    @DisplayName("Claim type names and definitions from a codebook CSV: refused with a sentence, or stored exactly")
    void claimTypesFromACodebookCsv() throws Exception {
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        String base = "tenants/research/projects/" + scratchProject(rhea, "Hostile codebook");
        int stored = 0;
        int refused = 0;
        int n = 0;
        for (String text : samples(SAMPLES)) {
            String prefix = "Type " + (n++) + " ";
            String name = prefix + asSent(text);
            StringWriter csv = new StringWriter();
            try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader("path", "name", "guid", "codable",
                    "colour", "hotkey", "definition", "when_to_use", "when_not_to_use", "examples", "attributes")
                    .get().print(csv)) {
                printer.printRecord(name, name, UUID.randomUUID(), "true", "", "", text, "", "", "", "");
            }
            HttpResponse<String> response = rhea.post(base + "/codebook", "text/csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8));
            if (accepted(response, "claim type " + describe(text))) {
                JsonNode type = StreamSupport.stream(ApiClient.json(response).get("claimTypes").spliterator(), false)
                        .filter(t -> t.get("name").asText().equals(name.strip())).findFirst()
                        .orElseThrow(() -> new AssertionError("stored, but not in the codebook: " + describe(text)));
                stored++;
            } else {
                refused++;
            }
        }
        TALLY.add("claim type name and definition (CSV): " + SAMPLES + " sent, " + stored + " stored exactly, "
                + refused + " refused with a sentence, 0 errors");
    }

    @Test
    @DisplayName("Bytes that are not UTF-8 in a JSON body are refused or read, never an error of ours")
    void invalidUtf8() throws Exception {
        ApiClient rhea = ApiClient.as(deploymentUrl, "rhea");
        byte[][] bodies = {
            {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
            {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'},
        };
        for (byte[] body : bodies) {
            HttpResponse<String> response = rhea.post("tenants/research/projects", "application/json", body);
            assertThat(response.statusCode()).as(response.body()).isNotEqualTo(500).isLessThan(500);
            if (response.statusCode() >= 400) {
                assertThat(ApiClient.json(response).get("detail").asText()).isNotBlank();
            }
        }
        HttpResponse<String> halfACharacter = rhea.post("tenants/research/projects", "application/json",
                "{\"name\": \"Hostile \\uD83D half\"}".getBytes(StandardCharsets.US_ASCII));
        assertThat(halfACharacter.statusCode()).as(halfACharacter.body()).isEqualTo(400);
        assertThat(ApiClient.json(halfACharacter).get("detail").asText()).contains("half of a character");
        TALLY.add("invalid UTF-8 in a JSON body: " + bodies.length + " sent, none answered with an error of ours;"
                + " half a character as a JSON escape: refused");
    }

    /**
     * The text as it reaches the server: UTF-8 cannot carry half of a character, so Java's encoder sends '?' for
     * one (a request can carry it only as a JSON escape, which {@link #invalidUtf8} sends).
     */
    private static String asSent(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** 2xx: stored; 4xx: refused with a sentence; anything else fails the test naming the input. */
    private static boolean accepted(HttpResponse<String> response, String what) throws Exception {
        assertThat(response.statusCode()).as("%s -> %s", what, response.body()).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.statusCode()).as(what).isIn(400, 413, 422);
            assertThat(ApiClient.json(response).get("detail").asText()).as("a sentence for %s", what).isNotBlank();
            return false;
        }
        return true;
    }

    private static String describe(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> escaped.append(c < 0x20 || c > 0x7E
                ? String.format("\\u{%X}", c) : String.valueOf((char) c)));
        return "\"" + escaped + (text.length() > 80 ? "..." : "") + "\" (" + text.length() + " chars)";
    }

    private static String textAttribute(JsonNode claimType) {
        for (JsonNode attribute : claimType.path("attributes")) {
            if (attribute.path("type").asText().equalsIgnoreCase("TEXT") && !attribute.path("required").asBoolean()) {
                return attribute.get("name").asText();
            }
        }
        return null;
    }

    private static long scratchProject(ApiClient client, String name) throws Exception {
        HttpResponse<String> created = client.postJson("tenants/research/projects",
                Map.of("name", name + " " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asLong();
    }

    /** A project with the demo's codebook and one short document. */
    private static String scratchProjectWithADocument(ApiClient rhea) throws Exception {
        String base = "tenants/research/projects/" + scratchProject(rhea, "Hostile codings");
        long demo = StreamSupport.stream(ApiClient.json(rhea.get("tenants/research/projects")).spliterator(), false)
                .filter(p -> p.get("name").asText().startsWith("Proxy networks")).findFirst().orElseThrow().get("id")
                .asLong();
        byte[] codebook = rhea.download("tenants/research/projects/" + demo + "/codebook/csv").body();
        assertThat(rhea.post(base + "/codebook", "text/csv", codebook).statusCode()).isEqualTo(200);
        HttpResponse<String> uploaded = rhea.upload(base + "/documents", "report.txt",
                "A report\n\nIran backed the candidate, and the militias objected.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return base;
    }
}
