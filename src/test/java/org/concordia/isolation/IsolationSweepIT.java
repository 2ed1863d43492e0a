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
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.concordia.testsupport.FacesPages;
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

    private static final Pattern PROJECT_NAME = Pattern.compile("class=\"project-name\">([^<]+)<");

    /** Pages a coder works with; every other page needs a higher role or the platform role. */
    private static final Set<String> CODER_PAGES = Set.of("/dashboard.xhtml", "/documents.xhtml", "/document.xhtml",
            "/codebook.xhtml", "/code.xhtml", "/training.xhtml", "/entities.xhtml", "/api.xhtml",
            "/cleanup.xhtml", "/search.xhtml", "/mentions.xhtml", "/analyse.xhtml");
    // /ledger.xhtml and /accounts.xhtml read every coder's claims: supervisors only.
    // /assignments.xhtml is for supervisors: a coder must get 403 there, which the sweep checks.
    /** What the sweep accepts from the API: JSON, CSV, XML or files, whatever the route answers. */
    private static final String ANY = "application/json, */*;q=0.1";
    /** REST routes a coder works with (regular expressions over the route); the rest are for supervisors. */
    private static final Set<String> CODER_ROUTES = Set.of("tenants",
            "tenants/\\{tenant}/projects.*/codings(/\\{coding})?",
            "tenants/\\{tenant}/projects(/\\{project})?", "tenants/\\{tenant}/projects/\\{project}/documents.*",
            "tenants/\\{tenant}/projects/\\{project}/codebook.*", ".*/agreement/measures",
            ".*/exports/formats", "tenants/\\{tenant}/projects/\\{project}/entities.*",
            "tenants/\\{tenant}/projects/\\{project}/document-groups",
            "tenants/\\{tenant}/projects/\\{project}/search", "tenants/\\{tenant}/projects/\\{project}/mentions/.*",
            "tenants/\\{tenant}/projects/\\{project}/analysis/.*");
    /** REST write routes a coder works with: coding. Every other write is for supervisors. */
    private static final Set<String> CODER_WRITES = Set.of(".*/codings", ".*/codings/\\{coding}",
            ".*/assignments/\\{assignment}/submit");
    /** Parameters that are not ids of tenant data, with the reason. */
    private static final Map<String, String> NOT_AN_ID = Map.of(
            "/join.xhtml?invitation", "an invitation code is itself the permission to learn which tenant it opens",
            "/search.xhtml?q", "the words searched for, not an object");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordia();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void noPageLetsAnotherTenantOrAMissingRoleThrough() throws Exception {
        Map<String, Set<String>> pages = FacesPages.withParameters();
        BrowserlessLogin seminarAdmin = BrowserlessLogin.as(deploymentUrl, "irene", "concordia");
        Set<String> seminarData = seminarData(seminarAdmin);
        Set<String> urls = FacesPages.crawl(seminarAdmin, deploymentUrl.getPath(), pages);

        for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
            boolean takesId = page.getValue().stream().anyMatch(p -> !NOT_AN_ID.containsKey(page.getKey() + "?" + p));
            if (takesId) {
                assertThat(urls).as("a link to %s with its parameters %s, so the sweep can try it with real ids",
                        page.getKey(), page.getValue())
                        .anyMatch(u -> FacesPages.pageOf(u).equals(page.getKey()) && (u.contains("?") || namesAnObject(u)));
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

            String page = FacesPages.pageOf(url);
            if (!CODER_PAGES.contains(page) && !FacesPages.PUBLIC_PAGES.contains(page)) {
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
                "{document}", documents.get(0).get("id").asText(), "{job}", job.get("id").asText(),
                "{passage}", firstPassageOf(seminarAdmin, project, documents.get(0).get("id").asText()),
                "{group}", ApiClient.json(seminarAdmin.get("tenants/seminar/projects/" + project
                        + "/document-groups")).get(0).get("id").asText(),
                "{coding}", notAdasCoding(seminarAdmin, project),
                "{claimType}", firstClaimTypeOf(seminarAdmin, project),
                "{entity}", ApiClient.json(seminarAdmin.get("tenants/seminar/projects/" + project + "/entities"))
                        .get(0).get("id").asText());

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
        String base = "tenants/seminar/projects/" + project;
        Map<String, String> seminarIds = Map.of("{tenant}", "seminar", "{project}", project, "{document}", documentId,
                "{passage}", passage.get("id").asText(),
                "{assignment}", ApiClient.json(seminarAdmin.get(base + "/assignments")).get(0).get("id").asText(),
                "{merge}", ApiClient.json(seminarAdmin.get(base + "/entities/merges")).get(0).get("id").asText(),
                "{group}", ApiClient.json(seminarAdmin.get(base + "/document-groups")).get(0).get("id").asText(),
                "{coding}", notAdasCoding(seminarAdmin, project),
                "{claimType}", claimType.get("id").asText());
        // Claim types are sent as claim types, so that the request gets past reading its body to the role check.
        byte[] claimTypeJson = ApiClient.jsonBytes(Map.of("name", "Sweep " + UUID.randomUUID(), "attributes",
                List.of(Map.of("name", "sweep", "type", "TEXT"))));
        String seminarBefore = snapshotOf(seminarAdmin);

        ApiClient otherTenantAdmin = ApiClient.as(deploymentUrl, "rhea");
        String researchProject = demoProject(ApiClient.json(otherTenantAdmin.get("tenants/research/projects")),
                "Proxy networks");
        ApiClient coder = ApiClient.as(deploymentUrl, "ada");
        List<String> report = new ArrayList<>();
        for (Write write : writes) {
            byte[] body = write.route().contains("/codebook/claim-types") ? claimTypeJson
                    : bodies.getOrDefault(write.consumes(), bodies.get("application/octet-stream"));
            String seminarUrl = fill(write.route(), seminarIds);
            HttpResponse<String> intoSeminar = send(otherTenantAdmin, write, seminarUrl, body);
            report.add(write.method() + " /api/" + seminarUrl + " (" + write.consumes() + ") as rhea (other tenant): "
                    + intoSeminar.statusCode());
            assertThat(intoSeminar.statusCode()).as("%s /api/%s as another tenant's admin", write.method(), seminarUrl)
                    .isIn(403, 404);
            if (write.route().contains("{project}") && write.consumes().equals("application/json")) {
                // rhea's own project, with the seminar's ids in the body: only JSON bodies carry ids.
                String ownWithForeignIds = fill(write.route(), with(seminarIds, "{tenant}", "research",
                        "{project}", researchProject));
                HttpResponse<String> bodyIds = send(otherTenantAdmin, write, ownWithForeignIds, body);
                report.add(write.method() + " /api/" + ownWithForeignIds + " with the seminar's ids in the body as rhea: "
                        + bodyIds.statusCode());
                assertThat(bodyIds.statusCode()).as("POST /api/%s with seminar ids in the body", ownWithForeignIds)
                        .isNotEqualTo(500);
                if (write.route().endsWith("/codings")) {
                    assertThat(bodyIds.statusCode()).as("a coding of the seminar's passage from research")
                            .isIn(400, 403, 404);
                }
            }
            if (write.route().contains("{project}")) {
                String seminarWithResearch = fill(write.route(), with(seminarIds, "{tenant}", "research"));
                HttpResponse<String> pathIds = send(otherTenantAdmin, write, seminarWithResearch, body);
                report.add(write.method() + " /api/" + seminarWithResearch + " (seminar project id) as rhea: "
                        + pathIds.statusCode());
                assertThat(pathIds.statusCode()).as("POST /api/%s names a seminar project", seminarWithResearch)
                        .isIn(400, 403, 404);
            }
            // Routes a coder may use (coding) are not sent as ada: a success would change the demo's codings.
            if (CODER_WRITES.stream().noneMatch(write.route()::matches)) {
                HttpResponse<String> asCoder = send(coder, write, seminarUrl, body);
                report.add(write.method() + " /api/" + seminarUrl + " as ada (coder, same tenant): " + asCoder.statusCode());
                assertThat(asCoder.statusCode()).as("%s /api/%s is for supervisors; a coder", write.method(), seminarUrl)
                        .isEqualTo(403);
            }
        }
        assertThat(snapshotOf(seminarAdmin)).as("the seminar's projects, documents, codebooks and codings after the"
                + " sweep").isEqualTo(seminarBefore);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/isolation-sweep-api-writes.txt"), report);
        report.forEach(line -> System.out.println("[isolation sweep]   " + line));
    }

    /**
     * Faces actions, forged as a user would forge them: a postback of a form of one's own page, with a command of
     * one's choosing and the seminar's ids in the view parameters. rhea (another tenant) posts every command of her
     * pages to the same pages with the seminar's ids; she works in a project made for the sweep, so that her own
     * actions change nothing another test reads. ada (a coder of the seminar) posts, on the pages coders open, the
     * commands only the seminar's admin is shown, and posts her own form to the supervisors' pages. Nothing of the
     * seminar may change, no answer may be an error of ours or show the seminar's data to rhea.
     */
    @Test
    void noFacesActionLetsAnotherTenantOrAMissingRoleThrough() throws Exception {
        Map<String, Set<String>> pages = FacesPages.withParameters();
        ApiClient seminarApi = ApiClient.as(deploymentUrl, "irene");
        String seminarBefore = snapshotOf(seminarApi);
        BrowserlessLogin seminarAdmin = BrowserlessLogin.as(deploymentUrl, "irene", "concordia");
        Set<String> seminarData = seminarData(seminarAdmin);
        List<String> seminarUrls = FacesPages.onePerPage(FacesPages.crawl(seminarAdmin, deploymentUrl.getPath(),
                pages).stream().filter(u -> !parametersOf(u, pages).isEmpty()));

        ApiClient researchApi = ApiClient.as(deploymentUrl, "rhea");
        JsonNode sweepProject = ApiClient.json(researchApi.postJson("tenants/research/projects",
                Map.of("name", "Faces sweep " + UUID.randomUUID())));
        String projectPath = "tenants/research/projects/" + sweepProject.get("id").asText();
        assertThat(researchApi.upload(projectPath + "/documents", "sweep.txt",
                "A report for the sweep\n\nIran backed the candidate.".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(201);
        Set<String> ownIds = new LinkedHashSet<>(List.of(sweepProject.get("id").asText()));
        ApiClient.json(researchApi.get(projectPath + "/documents")).forEach(d -> ownIds.add(d.get("id").asText()));

        BrowserlessLogin otherTenantAdmin = BrowserlessLogin.as(deploymentUrl, "rhea", "concordia");
        List<String> ownUrls = FacesPages.onePerPage(FacesPages.crawl(otherTenantAdmin, deploymentUrl.getPath(),
                pages).stream().filter(u -> !parametersOf(u, pages).isEmpty()
                && ownIds.containsAll(parametersOf(u, pages).values())));
        assertThat(ownUrls).as("rhea's pages of the sweep's project").hasSizeGreaterThan(5);

        List<String> report = new ArrayList<>();
        int forged = 0;
        for (String own : ownUrls) {
            String page = FacesPages.pageOf(own);
            String target = seminarUrls.stream().filter(u -> FacesPages.pageOf(u).equals(page)).findFirst()
                    .orElse(null);
            if (target == null) {
                report.add("no seminar page " + page + " to aim " + own + " at");
                continue;
            }
            for (Postback postback : postbacks(otherTenantAdmin.get(own.substring(1)).body(), null)) {
                Map<String, String> fields = new LinkedHashMap<>(postback.fields());
                fields.putAll(parametersOf(target, pages));
                HttpResponse<String> answer = otherTenantAdmin.post(postback.action(), fields);
                forged++;
                report.add("POST " + page + " " + parametersOf(target, pages) + " [" + postback.command()
                        + "] with rhea's form of " + own + ": " + answer.statusCode());
                assertThat(answer.statusCode()).as("%s [%s] as another tenant's admin", target, postback.command())
                        .isNotEqualTo(500);
                assertThat(seminarData).as("seminar data after %s [%s] as another tenant's admin", target,
                        postback.command()).noneMatch(answer.body()::contains);
            }
        }

        BrowserlessLogin coder = BrowserlessLogin.as(deploymentUrl, "ada", "concordia");
        String coderPage = seminarUrls.stream().filter(u -> CODER_PAGES.contains(FacesPages.pageOf(u))).findFirst()
                .orElseThrow(() -> new AssertionError("no page a coder opens among " + seminarUrls));
        for (String url : seminarUrls) {
            boolean coderUses = CODER_PAGES.contains(FacesPages.pageOf(url));
            String coderHtml = coder.get((coderUses ? url : coderPage).substring(1)).body();
            List<Postback> coderPostbacks = postbacks(coderHtml, null);
            Set<String> coderCommands = new HashSet<>();
            coderPostbacks.forEach(p -> coderCommands.add(p.command()));
            for (Postback supervisorOnly : postbacks(seminarAdmin.get(url.substring(1)).body(), coderCommands)) {
                Map<String, String> fields = new LinkedHashMap<>(coderPostbacks.isEmpty() ? supervisorOnly.fields()
                        : coderPostbacks.get(0).fields());
                fields.remove(coderPostbacks.isEmpty() ? "" : coderPostbacks.get(0).command());
                fields.put("jakarta.faces.ViewState", viewStateOf(coderHtml));
                fields.put(supervisorOnly.command(), supervisorOnly.command());
                fields.putAll(parametersOf(url, pages));
                HttpResponse<String> answer = coder.post(supervisorOnly.action(), fields);
                forged++;
                report.add("POST " + FacesPages.pageOf(url) + " [" + supervisorOnly.command() + "] as ada (coder): "
                        + answer.statusCode());
                assertThat(answer.statusCode()).as("%s [%s] as a coder", url, supervisorOnly.command())
                        .isNotEqualTo(500);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/isolation-sweep-faces.txt"), report);
        System.out.println("[isolation sweep] " + forged + " forged Faces postbacks");
        assertThat(forged).as("forged postbacks sent").isGreaterThan(20);
        assertThat(snapshotOf(seminarApi)).as("the seminar's projects, documents, codebooks and codings after %d"
                + " forged postbacks", forged).isEqualTo(seminarBefore);
    }

    /** The view parameters a URL gives its page, a deep link /go/document/7 included ({id=7}). */
    private static Map<String, String> parametersOf(String url, Map<String, Set<String>> pages) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (FacesPages.isDeepLink(url)) {
            // A deep link's id goes to the page's first view parameter (DeepLinkServlet's choice for every page).
            Set<String> names = pages.getOrDefault(FacesPages.pageOf(url), Set.of());
            if (!names.isEmpty()) {
                parameters.put(names.iterator().next(), url.substring(url.lastIndexOf('/') + 1));
            }
            return parameters;
        }
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                parameters.put(nameValue[0], nameValue.length > 1
                        ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    /** A postback of one form: its fields as the page rendered them, and the command it fires. */
    private record Postback(String action, String command, Map<String, String> fields) {
    }

    private static final Pattern PRIMEFACES_SOURCE = Pattern.compile("\\{s:\"([^\"]+)\"");

    /**
     * Every command of every Faces form in {@code html} (PrimeFaces buttons and links, plain submit buttons), each
     * with its form's fields (empty text filled in, so that required fields do not stop the action), except those in
     * {@code leaveOut}.
     */
    private static List<Postback> postbacks(String html, Set<String> leaveOut) {
        List<Postback> postbacks = new ArrayList<>();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        for (org.jsoup.nodes.Element form : page.select("form")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (org.jsoup.nodes.Element input : form.select("input[name], textarea[name], select[name]")) {
                String type = input.attr("type");
                if (type.equals("submit") || type.equals("button") || type.equals("file")
                        || (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                    continue;
                }
                String value = input.is("textarea") ? input.text() : input.is("select")
                        ? input.select("option").stream().findFirst().map(o -> o.attr("value")).orElse("")
                        : input.attr("value");
                fields.putIfAbsent(input.attr("name"), value.isEmpty() && !type.equals("hidden") ? "sweep" : value);
            }
            if (!fields.containsKey("jakarta.faces.ViewState")) {
                continue;
            }
            Set<String> commands = new LinkedHashSet<>();
            for (org.jsoup.nodes.Element element : form.select("[onclick], button[name], input[type=submit][name]")) {
                Matcher source = PRIMEFACES_SOURCE.matcher(element.attr("onclick"));
                if (source.find()) {
                    commands.add(source.group(1));
                } else if (element.hasAttr("name") && !element.attr("onclick").contains("PrimeFaces")) {
                    commands.add(element.attr("name"));
                }
            }
            for (String command : commands) {
                if (leaveOut == null || !leaveOut.contains(command)) {
                    Map<String, String> withCommand = new LinkedHashMap<>(fields);
                    withCommand.put(command, command);
                    postbacks.add(new Postback(actionOf(form), command, withCommand));
                }
            }
        }
        return postbacks;
    }

    /** The form's action, relative to the application as the test clients take paths. */
    private static String actionOf(org.jsoup.nodes.Element form) {
        String action = form.attr("action").replace("&amp;", "&");
        int context = action.indexOf("/", 1);
        return action.startsWith("/") && context > 0 ? action.substring(context + 1) : action;
    }

    private static String viewStateOf(String html) {
        org.jsoup.nodes.Element state = org.jsoup.Jsoup.parse(html).selectFirst("input[name=jakarta.faces.ViewState]");
        return state == null ? "stateless" : state.attr("value");
    }

    /** The values of a URL's id parameters. */
    private static Set<String> idsIn(String url) {
        Set<String> ids = new LinkedHashSet<>();
        int query = url.indexOf('?');
        if (query < 0) {
            return ids;
        }
        String page = url.substring(0, query);
        for (String pair : url.substring(query + 1).split("&")) {
            String[] nameValue = pair.split("=", 2);
            String value = nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "";
            boolean id = nameValue[0].equals("id") || nameValue[0].endsWith("Id") || value.matches("\\d+");
            if (id && !NOT_AN_ID.containsKey(page + "?" + nameValue[0])) {
                ids.add(value);
            }
        }
        return ids;
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
    /** A seminar coding ada did not make: her own she may change, so the sweep sends her at somebody else's. */
    private static String firstClaimTypeOf(ApiClient seminarAdmin, String project) throws Exception {
        return ApiClient.json(seminarAdmin.get("tenants/seminar/projects/" + project + "/codebook"))
                .get("claimTypes").get(0).get("id").asText();
    }

    private static String notAdasCoding(ApiClient seminarAdmin, String project) throws Exception {
        for (JsonNode coding : ApiClient.json(seminarAdmin.get("tenants/seminar/projects/" + project + "/codings"))) {
            if (!coding.get("coder").asText().equals("ada")) {
                return coding.get("id").asText();
            }
        }
        throw new IllegalStateException("The demo has no coding by anybody but ada");
    }

    private record Write(String method, String route, String consumes) {
    }

    private static HttpResponse<String> send(ApiClient client, Write write, String url, byte[] body)
            throws Exception {
        if (write.consumes().equals("multipart/form-data")) {
            return client.upload(url, "sweep.txt", body);
        }
        if (!write.method().equals("POST")) {
            return client.send(write.method(), url, write.consumes(), body);
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
            snapshot.append(ApiClient.json(seminarAdmin.get(base + "/codings")).size()).append(" codings, ")
                    .append(ApiClient.json(seminarAdmin.get(base + "/document-groups"))).append(" groups\n");
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
                    String verb = method.isAnnotationPresent(jakarta.ws.rs.POST.class) ? "POST"
                            : method.isAnnotationPresent(jakarta.ws.rs.PUT.class) ? "PUT"
                            : method.isAnnotationPresent(jakarta.ws.rs.PATCH.class) ? "PATCH" : "DELETE";
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
                    writes.add(new Write(verb, sub == null ? base : base + "/" + sub.value(),
                            consumes == null ? "application/json" : consumes.value()[0]));
                }
            }
        }
        return writes.stream().sorted(java.util.Comparator.comparing(Write::route).thenComparing(Write::method))
                .toList();
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

    /** {@code ids} with some of them replaced: key, value, key, value. */
    private static Map<String, String> with(Map<String, String> ids, String... replaced) {
        Map<String, String> changed = new java.util.HashMap<>(ids);
        for (int i = 0; i < replaced.length; i += 2) {
            changed.put(replaced[i], replaced[i + 1]);
        }
        return changed;
    }

    private static String firstPassageOf(ApiClient client, String project, String document) throws Exception {
        return ApiClient.json(client.get("tenants/seminar/projects/" + project + "/documents/" + document))
                .get("passages").get(0).get("id").asText();
    }

    private static String fill(String route, Map<String, String> ids) {
        String url = route;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            url = url.replace(id.getKey(), id.getValue());
        }
        assertThat(url).as("every path parameter of %s has a seminar id in the sweep", route).doesNotContain("{");
        return url;
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

    private static boolean namesAnObject(String url) {
        return FacesPages.isDeepLink(url) || !idsIn(url).isEmpty();
    }
}
