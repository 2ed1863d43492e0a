package org.concordia.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.concordia.devserver.KeycloakServer;

/**
 * Calls Concordia's REST API as a script would: with an access token Keycloak issued for a user's name and
 * password (client {@code concordia-cli}), sent as a bearer token. No cookies, no redirects followed.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final String token;

    private ApiClient(URI api, String token) {
        this.api = api;
        this.token = token;
    }

    /** Logs {@code username} in at Keycloak's token endpoint and returns a client using their token. */
    public static ApiClient as(URL deploymentUrl, String username) throws IOException, InterruptedException {
        return new ApiClient(Urls.localhost(deploymentUrl).resolve("api/"), tokenOf(username, "concordia"));
    }

    /** A client without a token, to see what the API answers strangers. */
    public static ApiClient anonymous(URL deploymentUrl) {
        return new ApiClient(Urls.localhost(deploymentUrl).resolve("api/"), null);
    }

    public static String tokenOf(String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=concordia-cli&scope=openid&username=" + encode(username)
                + "&password=" + encode(password);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(KeycloakServer.ISSUER + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak gave no token for " + username + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** GET of a path below /api/, e.g. {@code tenants/seminar/projects}, asking for JSON. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "application/json");
    }

    /** GET with the Accept header {@code accept}. */
    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(request(path).header("Accept", accept).GET());
    }

    /** GET with the body as bytes: downloads. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A request of any method ({@code PUT}, {@code DELETE}...) with a body of that media type. */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A JSON request of any method with an If-Match header ({@code null} for none). */
    public HttpResponse<String> sendJson(String method, String path, Object body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** A multipart/form-data upload of one file in the part {@code file}, as {@code curl -F file=@name} sends it. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "concordia-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return post(path, "multipart/form-data; boundary=" + boundary, body);
    }

    /** The id of the project of {@code tenant} named exactly {@code name}, as this client sees the list. */
    public long projectNamed(String tenant, String name) throws IOException, InterruptedException {
        for (JsonNode project : json(get("tenants/" + tenant + "/projects"))) {
            if (project.get("name").asText().equals(name)) {
                return project.get("id").asLong();
            }
        }
        throw new AssertionError("No project " + name + " in " + tenant);
    }

    /** {@code body} as JSON bytes, for a request body sent with {@link #post}. */
    public static byte[] jsonBytes(Object body) throws IOException {
        return JSON.writeValueAsBytes(body);
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(120));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Values for a claim type's required attributes (its JSON in the codebook), enough to save a coding. */
    public static java.util.Map<String, String> requiredAttributesOf(JsonNode claimType) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (JsonNode attribute : claimType.get("attributes")) {
            if (attribute.get("required").asBoolean()) {
                values.put(attribute.get("name").asText(), switch (attribute.get("type").asText()) {
                    case "CHOICE", "CERTAINTY" -> attribute.get("choices").get(0).asText();
                    case "DATE" -> "2020-04";
                    case "NUMBER" -> "3";
                    default -> "Iran";
                });
            }
        }
        return values;
    }
}
