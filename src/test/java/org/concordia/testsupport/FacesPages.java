package org.concordia.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application's Faces pages, found in its views, and the URLs with real ids that a logged-in person reaches
 * from them: what the sweeps over every page (isolation, accessibility) visit, so that a new page or parameter is
 * swept without editing them.
 */
public final class FacesPages {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern DEEP_LINK = Pattern.compile("/go/([a-z]+)/\\d+");

    /** Pages anybody logged in may open; they show no tenant's data by construction. */
    public static final Set<String> PUBLIC_PAGES = Set.of("/error/403.xhtml", "/error/404.xhtml",
            "/error/500.xhtml", "/error/503.xhtml", "/signed-out.xhtml", "/join.xhtml");

    private FacesPages() {
    }

    /** Every Faces page below src/main/webapp (templates aside), with the view parameters it takes. */
    public static Map<String, Set<String>> withParameters() throws IOException {
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

    /**
     * All pages, plus every link to one of them with parameters (or a deep link {@code /go/...}) found on them as
     * {@code person} sees them, up to 300 URLs, relative to the application ({@code /document.xhtml?id=3}).
     */
    public static Set<String> crawl(BrowserlessLogin person, String contextPath, Map<String, Set<String>> pages)
            throws IOException, InterruptedException {
        String context = contextPath.replaceAll("/$", "");
        Set<String> seen = new LinkedHashSet<>(pages.keySet());
        Deque<String> toVisit = new ArrayDeque<>(pages.keySet());
        while (!toVisit.isEmpty() && seen.size() < 300) {
            String url = toVisit.poll();
            if (PUBLIC_PAGES.contains(url)) {
                continue;
            }
            Matcher links = HREF.matcher(person.get(url.substring(1)).body());
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
    public static String pageOf(String url) {
        Matcher deep = DEEP_LINK.matcher(url);
        if (deep.matches()) {
            return "/" + deep.group(1) + ".xhtml";
        }
        return url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    }

    public static boolean isDeepLink(String url) {
        return DEEP_LINK.matcher(url).matches();
    }

    /**
     * One URL of each page, the first that names an object where there is one (a page's commands and layout are
     * the same whatever object it shows; without its object it shows only an error).
     */
    public static List<String> onePerPage(Stream<String> urls) {
        Map<String, String> first = new LinkedHashMap<>();
        urls.forEach(u -> first.merge(pageOf(u), u, (kept, next) -> kept.equals(pageOf(kept))
                && !next.equals(pageOf(next)) ? next : kept));
        return List.copyOf(first.values());
    }
}
