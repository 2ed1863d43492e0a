package org.concordia.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concordia.testsupport.ApiClient;
import org.concordia.testsupport.BrowserlessLogin;
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
 * Every page is requested as a user of another tenant and as a member without the needed role. Pages and their
 * parameters are found in the Faces views, links carrying real ids by crawling the application as the seminar's
 * admin, so a new page or parameter is swept without editing this test.
 *
 * <p>Rules: a URL that names an object of the seminar (a numeric or {@code id} parameter) answers 403 or 404 to
 * the research team's admin; no page shows the research team's admin any of the seminar's data; a coder gets 403 or
 * 404 on every page except those coders use. The REST API's GET routes are found in the resources and swept the
 * same way with bearer tokens: seminar ids under the other tenant's path and under the seminar's answer 404.
 */
@ExtendWith({RealKeycloak.class, ArquillianExtension.class})
@RunAsClient
class IsolationSweepIT {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern DEEP_LINK = Pattern.compile("/go/([a-z]+)/\\d+");
    private static final Pattern PROJECT_NAME = Pattern.compile("class=\"project-name\">([^<]+)<");

    /** Pages anybody logged in may open; they show no tenant's data by construction. */
    private static final Set<String> PUBLIC_PAGES = Set.of("/error/403.xhtml", "/error/404.xhtml",
            "/error/500.xhtml", "/error/503.xhtml", "/signed-out.xhtml", "/join.xhtml");
    /** Pages a coder works with; every other page needs a higher role or the platform role. */
    private static final Set<String> CODER_PAGES = Set.of("/dashboard.xhtml", "/documents.xhtml", "/document.xhtml",
            "/codebook.xhtml", "/code.xhtml", "/training.xhtml", "/entities.xhtml", "/api.xhtml",
            "/cleanup.xhtml");
    // /ledger.xhtml and /accounts.xhtml read every coder's claims: supervisors only.
    // /assignments.xhtml is for supervisors: a coder must get 403 there, which the sweep checks.
    /** What the sweep accepts from the API: JSON, CSV, XML or files, whatever the route answers. */
    private static final String ANY = "application/json, */*;q=0.1";
    /** REST routes a coder works with (regular expressions over the route); the rest are for supervisors. */
    private static final Set<String> CODER_ROUTES = Set.of("tenants", "tenants/\\{tenant}/projects.*/codings",
            "tenants/\\{tenant}/projects(/\\{project})?", "tenants/\\{tenant}/projects/\\{project}/documents.*",
            "tenants/\\{tenant}/projects/\\{project}/codebook.*", ".*/agreement/measures",
            ".*/exports/formats");
    /** REST write routes a coder works with: coding. Every other write is for supervisors. */
    private static final Set<String> CODER_WRITES = Set.of(".*/codings");
    /** Parameters that are not ids of tenant data, with the reason. */
    private static final Map<String, String> NOT_AN_ID = Map.of(
            "/join.xhtml?invitation", "an invitation code is itself the permission to learn which tenant it opens");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void noPageLetsAnotherTenantOrAMissingRoleThrough() throws Exception {
        Map<String, Set<String>> pages = pagesWithParameters();
        BrowserlessLogin seminarAdmin = BrowserlessLogin.as(deploymentUrl, "irene", "concordia");
        Set<String> seminarData = seminarData(seminarAdmin);
        Set<String> urls = crawl(seminarAdmin, pages);

        for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
            boolean takesId = page.getValue().stream().anyMatch(p -> !NOT_AN_ID.containsKey(page.getKey() + "?" + p));
            if (takesId) {
                assertThat(urls).as("a link to %s with its parameters %s, so the sweep can try it with real ids",
                        page.getKey(), page.getValue())
                        .anyMatch(u -> pageOf(u).equals(page.getKey()) && (u.contains("?") || namesAnObject(u)));
            }
        }

        BrowserlessLogin otherTenantAdmin = BrowserlessLogin.as(deploymentUrl, "rhea", "concordia");
        BrowserlessLogin coder = BrowserlessLogin.as(deploymentUrl, "ada", "concordia");
        List<String> report = new ArrayList<>();
        for (String url : urls) {
            HttpResponse<String> asOtherTenant = otherTenantAdmin.get(url.substring(1));
            report.add("GET " + url + " as rhea (other tenant): " + asOtherTenant.statusCode());
            assertThat(asOtherTenant.statusCode()).as("%s as another tenant's admin", url).isNotEqualTo(500);
            assertThat(seminarData).as("seminar data in %s as another tenant's admin", url)
                    .noneMatch(asOtherTenant.body()::contains);
            if (namesAnObject(url)) {
                assertThat(asOtherTenant.statusCode()).as("%s names a seminar object; another tenant's admin", url)
                        .isIn(403, 404);
            }

            String page = pageOf(url);
            if (!CODER_PAGES.contains(page) && !PUBLIC_PAGES.contains(page)) {
                HttpResponse<String> asCoder = coder.get(url.substring(1));
                report.add("GET " + url + " as ada (coder, same tenant): " + asCoder.statusCode());
                assertThat(asCoder.statusCode()).as("%s as a coder of the same tenant", url).isIn(403, 404);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/isolation-sweep.txt"), report);
        System.out.println("[isolation sweep] " + report.size() + " requests, " + urls.size() + " URLs:");
        report.forEach(line -> System.out.println("[isolation sweep]   " + line));
    }

    @Test
    void noRestRouteLetsAnotherTenantOrAMissingRoleThrough() throws Exception {
        List<String> routes = restGetRoutes();
        assertThat(routes).as("the REST API's GET routes").isNotEmpty();

        // Real ids of the seminar, found through the API by its admin.
        ApiClient seminarAdmin = ApiClient.as(deploymentUrl, "irene");
        JsonNode projects = ApiClient.json(seminarAdmin.get("tenants/seminar/projects"));
        String project = demoProject(projects, "Iraq 2020");
        Set<String> seminarData = new LinkedHashSet<>();
        projects.forEach(p -> seminarData.add(p.get("name").asText()));
        JsonNode documents = ApiClient.json(seminarAdmin.get("tenants/seminar/projects/" + project + "/documents"));
        documents.forEach(d -> seminarData.add(d.at("/metadata/title").asText()));
        JsonNode job = ApiClient.json(seminarAdmin.postJson("tenants/seminar/projects/" + project + "/exports",
                Map.of("format", "codebook-csv")));
        Map<String, String> seminarIds = Map.of("{tenant}", "seminar", "{project}", project,
                "{document}", documents.get(0).get("id").asText(), "{job}", job.get("id").asText());

        ApiClient otherTenantAdmin = ApiClient.as(deploymentUrl, "rhea");
        ApiClient coder = ApiClient.as(deploymentUrl, "ada");
        List<String> report = new ArrayList<>();
        for (String route : routes) {
            String seminarUrl = fill(route, seminarIds);
            for (String tenant : List.of("seminar", "research")) {
                String url = seminarUrl.replaceFirst("^tenants/seminar", "tenants/" + tenant);
                HttpResponse<String> asOtherTenant = otherTenantAdmin.get(url, ANY);
                report.add("GET /api/" + url + " as rhea (other tenant): " + asOtherTenant.statusCode());
                assertThat(seminarData).as("seminar data in /api/%s as another tenant's admin", url)
                        .noneMatch(asOtherTenant.body()::contains);
                boolean namesSeminar = route.contains("{tenant}")
                        && (tenant.equals("seminar") || route.replace("{tenant}", "").contains("{"));
                if (namesSeminar) {
                    assertThat(asOtherTenant.statusCode()).as("/api/%s names seminar ids; another tenant's admin",
                            url).isIn(403, 404);
                }
            }
            HttpResponse<String> asCoder = coder.get(seminarUrl, ANY);
            report.add("GET /api/" + seminarUrl + " as ada (coder, same tenant): " + asCoder.statusCode());
            assertThat(asCoder.statusCode()).as("/api/%s as a coder", seminarUrl).isNotEqualTo(500);
            if (CODER_ROUTES.stream().noneMatch(route::matches)) {
                assertThat(asCoder.statusCode()).as("/api/%s is for supervisors; a coder", seminarUrl).isEqualTo(403);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/isolation-sweep-api.txt"), report);
        report.forEach(line -> System.out.println("[isolation sweep]   " + line));
    }

    @Test
    void noRestWriteLetsAnotherTenantOrAMissingRoleThrough() throws Exception {
        List<Write> writes = restWriteRoutes();
        assertThat(writes).as("the REST API's POST routes").hasSizeGreaterThanOrEqualTo(8);

        ApiClient seminarAdmin = ApiClient.as(deploymentUrl, "irene");
        JsonNode projects = ApiClient.json(seminarAdmin.get("tenants/seminar/projects"));
        String project = demoProject(projects, "Iraq 2020");
        JsonNode document = ApiClient.json(seminarAdmin.get("tenants/seminar/projects/" + project + "/documents"))
                .get(0);
        String documentId = document.get("id").asText();
        JsonNode passage = ApiClient.json(seminarAdmin.get("tenants/seminar/projects/" + project + "/documents/"
                + documentId)).get("passages").get(0);
        JsonNode claimType = ApiClient.json(seminarAdmin.get("tenants/seminar/projects/" + project + "/codebook"))
                .get("claimTypes").get(0);
        // A body that names the seminar's document, passage and claim type, whatever the route reads of it.
        byte[] json = ApiClient.jsonBytes(Map.of("documentId", documentId, "passageId", passage.get("id").asLong(),
                "claimTypeId", claimType.get("id").asLong(), "start", passage.get("start").asInt(), "end",
                passage.get("start").asInt() + 3, "attributes", Map.of(), "format", "csv",
                "name", "Sweep " + UUID.randomUUID(), "description", "written by the isolation sweep"));
        Map<String, byte[]> bodies = Map.of("application/json", json,
                "text/csv", seminarAdmin.download("tenants/seminar/projects/" + project + "/codebook/csv").body(),
                "application/xml", seminarAdmin.download("tenants/seminar/projects/" + project + "/codebook/qdc")
                        .body(),
                "application/octet-stream", "A sweep\n\nwritten by the isolation sweep.".getBytes(
                        StandardCharsets.UTF_8));
        String seminarBefore = snapshotOf(seminarAdmin);

        ApiClient otherTenantAdmin = ApiClient.as(deploymentUrl, "rhea");
        String researchProject = demoProject(ApiClient.json(otherTenantAdmin.get("tenants/research/projects")),
                "Proxy networks");
        ApiClient coder = ApiClient.as(deploymentUrl, "ada");
        List<String> report = new ArrayList<>();
        for (Write write : writes) {
            byte[] body = bodies.getOrDefault(write.consumes(), bodies.get("application/octet-stream"));
            String seminarUrl = fill(write.route(), Map.of("{tenant}", "seminar", "{project}", project));
            HttpResponse<String> intoSeminar = send(otherTenantAdmin, write, seminarUrl, body);
            report.add("POST /api/" + seminarUrl + " (" + write.consumes() + ") as rhea (other tenant): "
                    + intoSeminar.statusCode());
            assertThat(intoSeminar.statusCode()).as("POST /api/%s as another tenant's admin", seminarUrl)
                    .isIn(403, 404);
            if (write.route().contains("{project}") && write.consumes().equals("application/json")) {
                // rhea's own project, with the seminar's ids in the body: only JSON bodies carry ids.
                String ownWithForeignIds = fill(write.route(), Map.of("{tenant}", "research",
                        "{project}", researchProject));
                HttpResponse<String> bodyIds = send(otherTenantAdmin, write, ownWithForeignIds, body);
                report.add("POST /api/" + ownWithForeignIds + " with the seminar's ids in the body as rhea: "
                        + bodyIds.statusCode());
                assertThat(bodyIds.statusCode()).as("POST /api/%s with seminar ids in the body", ownWithForeignIds)
                        .isNotEqualTo(500);
                if (write.route().endsWith("/codings")) {
                    assertThat(bodyIds.statusCode()).as("a coding of the seminar's passage from research")
                            .isIn(400, 403, 404);
                }
            }
            if (write.route().contains("{project}")) {
                String seminarWithResearch = fill(write.route(), Map.of("{tenant}", "research",
                        "{project}", project));
                HttpResponse<String> pathIds = send(otherTenantAdmin, write, seminarWithResearch, body);
                report.add("POST /api/" + seminarWithResearch + " (seminar project id) as rhea: "
                        + pathIds.statusCode());
                assertThat(pathIds.statusCode()).as("POST /api/%s names a seminar project", seminarWithResearch)
                        .isIn(400, 403, 404);
            }
            // Routes a coder may use (coding) are not sent as ada: a success would change the demo's codings.
            if (CODER_WRITES.stream().noneMatch(write.route()::matches)) {
                HttpResponse<String> asCoder = send(coder, write, seminarUrl, body);
                report.add("POST /api/" + seminarUrl + " as ada (coder, same tenant): " + asCoder.statusCode());
                assertThat(asCoder.statusCode()).as("POST /api/%s is for supervisors; a coder", seminarUrl)
                        .isEqualTo(403);
            }
        }
        assertThat(snapshotOf(seminarAdmin)).as("the seminar's projects, documents, codebooks and codings after the"
                + " sweep").isEqualTo(seminarBefore);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/isolation-sweep-api-writes.txt"), report);
        report.forEach(line -> System.out.println("[isolation sweep]   " + line));
    }

    /** The id of the demo project whose name starts so: other tests add projects of their own to the tenants. */
    private static String demoProject(JsonNode projects, String prefix) {
        for (JsonNode project : projects) {
            if (project.get("name").asText().startsWith(prefix)) {
                return project.get("id").asText();
            }
        }
        throw new AssertionError("No demo project " + prefix + "... in " + projects);
    }

    /** A POST route, relative to /api/, and the first media type it consumes. */
    private record Write(String route, String consumes) {
    }

    private static HttpResponse<String> send(ApiClient client, Write write, String url, byte[] body)
            throws Exception {
        if (write.consumes().equals("multipart/form-data")) {
            return client.upload(url, "sweep.txt", body);
        }
        // A body upload names its file, so that the request reaches the service's role check.
        return client.post(write.consumes().equals("application/octet-stream") ? url + "?fileName=sweep.txt" : url,
                write.consumes(), body);
    }

    /** What a sweep must not change: project names, documents per project, codebooks and codings. */
    private static String snapshotOf(ApiClient seminarAdmin) throws Exception {
        StringBuilder snapshot = new StringBuilder();
        for (JsonNode p : ApiClient.json(seminarAdmin.get("tenants/seminar/projects"))) {
            String base = "tenants/seminar/projects/" + p.get("id").asText();
            snapshot.append(p.get("name").asText()).append(": ")
                    .append(ApiClient.json(seminarAdmin.get(base + "/documents")).size()).append(" documents, ")
                    .append(new String(seminarAdmin.download(base + "/codebook/csv").body(), StandardCharsets.UTF_8)
                            .hashCode()).append(" codebook, ");
            snapshot.append(ApiClient.json(seminarAdmin.get(base + "/codings")).size()).append(" codings\n");
        }
        return snapshot.toString();
    }

    /** Every POST, PUT, PATCH and DELETE route of the JAX-RS resources, with the first media type it consumes. */
    private static List<Write> restWriteRoutes() {
        List<Write> writes = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter().importPackages("org.concordia")) {
            if (!resource.isAnnotatedWith(jakarta.ws.rs.Path.class)) {
                continue;
            }
            String base = resource.getAnnotationOfType(jakarta.ws.rs.Path.class).value();
            for (java.lang.reflect.Method method : resource.reflect().getDeclaredMethods()) {
                boolean writesData = method.isAnnotationPresent(jakarta.ws.rs.POST.class)
                        || method.isAnnotationPresent(jakarta.ws.rs.PUT.class)
                        || method.isAnnotationPresent(jakarta.ws.rs.PATCH.class)
                        || method.isAnnotationPresent(jakarta.ws.rs.DELETE.class);
                if (writesData) {
                    assertThat(method.isAnnotationPresent(jakarta.ws.rs.POST.class))
                            .as("the sweep sends POST; teach it %s", method).isTrue();
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
                    writes.add(new Write(sub == null ? base : base + "/" + sub.value(),
                            consumes == null ? "application/json" : consumes.value()[0]));
                }
            }
        }
        return writes.stream().sorted(java.util.Comparator.comparing(Write::route)).toList();
    }

    /** Every GET route of the JAX-RS resources, relative to /api/, with its path parameters as {name}. */
    private static List<String> restGetRoutes() {
        List<String> routes = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter().importPackages("org.concordia")) {
            if (!resource.isAnnotatedWith(jakarta.ws.rs.Path.class)) {
                continue;
            }
            String base = resource.getAnnotationOfType(jakarta.ws.rs.Path.class).value();
            for (java.lang.reflect.Method method : resource.reflect().getDeclaredMethods()) {
                if (method.isAnnotationPresent(jakarta.ws.rs.GET.class)) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    routes.add(sub == null ? base : base + "/" + sub.value());
                }
            }
        }
        return routes.stream().sorted().toList();
    }

    private static String fill(String route, Map<String, String> ids) {
        String url = route;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            url = url.replace(id.getKey(), id.getValue());
        }
        assertThat(url).as("every path parameter of %s has a seminar id in the sweep", route).doesNotContain("{");
        return url;
    }

    /** Every Faces page below src/main/webapp (templates aside), with the view parameters it takes. */
    private static Map<String, Set<String>> pagesWithParameters() throws IOException {
        Map<String, Set<String>> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String page = "/" + WEBAPP.relativize(file).toString().replace('\\', '/');
                if (page.startsWith("/WEB-INF/")) {
                    continue;
                }
                Set<String> parameters = new LinkedHashSet<>();
                Matcher matcher = VIEW_PARAM.matcher(Files.readString(file));
                while (matcher.find()) {
                    parameters.add(matcher.group(1));
                }
                pages.put(page, parameters);
            }
        }
        return pages;
    }

    /** Names of the seminar's things that must never appear to another tenant, as HTML shows them. */
    private static Set<String> seminarData(BrowserlessLogin seminarAdmin) throws Exception {
        Set<String> data = new LinkedHashSet<>();
        data.add("Seminar on Gulf politics");
        Matcher matcher = PROJECT_NAME.matcher(seminarAdmin.get("dashboard.xhtml").body());
        while (matcher.find()) {
            data.add(matcher.group(1));
        }
        assertThat(data).as("the seminar's demo projects").hasSizeGreaterThan(1);
        return data;
    }

    /** All pages, plus every link with parameters found on them by the seminar's admin, up to 300 URLs. */
    private Set<String> crawl(BrowserlessLogin seminarAdmin, Map<String, Set<String>> pages) throws Exception {
        String context = deploymentUrl.getPath().replaceAll("/$", "");
        Set<String> seen = new LinkedHashSet<>(pages.keySet());
        Deque<String> toVisit = new ArrayDeque<>(pages.keySet());
        while (!toVisit.isEmpty() && seen.size() < 300) {
            String url = toVisit.poll();
            if (PUBLIC_PAGES.contains(url)) {
                continue;
            }
            Matcher links = HREF.matcher(seminarAdmin.get(url.substring(1)).body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                boolean pageLink = link.startsWith(context + "/") && link.contains(".xhtml?");
                boolean deepLink = link.startsWith(context + "/go/");
                if (pageLink || deepLink) {
                    String local = link.substring(context.length());
                    if (pages.containsKey(pageOf(local)) && !local.contains("jakarta.faces") && seen.add(local)) {
                        toVisit.add(local);
                    }
                }
            }
        }
        return seen;
    }

    /** The Faces page a URL shows: the page itself, or for a deep link /go/document/7 the page it forwards to. */
    private static String pageOf(String url) {
        Matcher deep = DEEP_LINK.matcher(url);
        if (deep.matches()) {
            return "/" + deep.group(1) + ".xhtml";
        }
        return url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    }

    private static boolean namesAnObject(String url) {
        if (DEEP_LINK.matcher(url).matches()) {
            return true;
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return false;
        }
        String page = url.substring(0, query);
        for (String pair : url.substring(query + 1).split("&")) {
            String[] nameValue = pair.split("=", 2);
            String name = nameValue[0];
            String value = nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "";
            boolean id = name.equals("id") || name.endsWith("Id") || value.matches("\\d+");
            if (id && !NOT_AN_ID.containsKey(page + "?" + name)) {
                return true;
            }
        }
        return false;
    }
}
