package org.concordia.isolation;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * 404 on every page except those coders use.
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
            "/error/500.xhtml", "/signed-out.xhtml", "/join.xhtml");
    /** Pages a coder works with; every other page needs a higher role or the platform role. */
    private static final Set<String> CODER_PAGES = Set.of("/dashboard.xhtml", "/documents.xhtml", "/document.xhtml",
            "/codebook.xhtml", "/code.xhtml", "/training.xhtml", "/entities.xhtml");
    // /ledger.xhtml and /accounts.xhtml read every coder's claims: supervisors only.
    // /assignments.xhtml is for supervisors: a coder must get 403 there, which the sweep checks.
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
    void everyRestRouteIsSweptToo() {
        List<String> resources = new ClassFileImporter().importPackages("org.concordia").stream()
                .filter(c -> c.isAnnotatedWith("jakarta.ws.rs.Path"))
                .map(JavaClass::getName)
                .toList();
        assertThat(resources)
                .as("JAX-RS resources exist: extend this sweep to request their id routes with bearer tokens of"
                        + " another tenant and of a coder (the REST API issue)")
                .isEmpty();
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
