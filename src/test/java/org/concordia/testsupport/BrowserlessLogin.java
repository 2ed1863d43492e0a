package org.concordia.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session of one user logged in through Keycloak's real login form over plain HTTP: for tests that check status
 * codes and page content, which a browser does not show.
 */
public final class BrowserlessLogin {

    /** What a browser asks for when it follows a link: pages, not an API's 401. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client;
    private final URI app;
    private HttpResponse<String> lastPage;

    private BrowserlessLogin(HttpClient client, URI app) {
        this.client = client;
        this.app = app;
    }

    /** Opens {@code app}'s dashboard, is sent to Keycloak, logs in there and follows the way back. */
    public static BrowserlessLogin as(URL deploymentUrl, String username, String password)
            throws IOException, InterruptedException {
        return login(deploymentUrl, "dashboard.xhtml", username, password, null);
    }

    /**
     * Opens {@code path} (relative to the application) logged out, as a bookmark would, logs in on the way and
     * returns the page the login ends on.
     */
    public static HttpResponse<String> openBookmarkLoggedOut(URL deploymentUrl, String path, String username,
            String password) throws IOException, InterruptedException {
        return login(deploymentUrl, path, username, password, null).lastPage;
    }

    /**
     * Like {@link #as}, but first plants a session cookie of an attacker's choosing in the browser, as a session
     * fixation attack would.
     */
    public static BrowserlessLogin asAfterPlantingSession(URL deploymentUrl, String username, String password,
            String plantedSessionId) throws IOException, InterruptedException {
        return login(deploymentUrl, "dashboard.xhtml", username, password, plantedSessionId);
    }

    private static BrowserlessLogin login(URL deploymentUrl, String start, String username, String password,
            String planted)
            throws IOException, InterruptedException {
        URI app = Urls.localhost(deploymentUrl);
        CookieManager cookies = new CookieManager(new LocalhostCookieStore(), CookiePolicy.ACCEPT_ALL);
        if (planted != null) {
            HttpCookie session = new HttpCookie("JSESSIONID", planted);
            session.setPath(app.getPath().replaceAll("/$", ""));
            session.setVersion(0);
            cookies.getCookieStore().add(app, session);
        }
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(app.resolve(start)).header("Accept", BROWSER_ACCEPT).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("Expected Keycloak's login form at " + loginPage.uri());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=";
        HttpResponse<String> afterLogin = client.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER_ACCEPT)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        BrowserlessLogin session = new BrowserlessLogin(client, app);
        session.lastPage = afterLogin;
        return session;
    }

    /**
     * What somebody else gets for {@code path} with nothing but this session cookie, redirects not followed:
     * how an attacker who knows a session id would try to use it.
     */
    public static HttpResponse<String> getWithOnlySessionCookie(URL deploymentUrl, String path, String sessionId)
            throws IOException, InterruptedException {
        URI app = Urls.localhost(deploymentUrl);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.resolve(path))
                        .header("Cookie", "JSESSIONID=" + sessionId).header("Accept", BROWSER_ACCEPT).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST of {@code fields} to a path relative to the application, with this session's cookies. */
    public HttpResponse<String> post(String path, java.util.Map<String, String> fields)
            throws IOException, InterruptedException {
        String form = fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(app.resolve(path)).header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of a path relative to the application, redirects followed. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(app.resolve(path)).header("Accept", BROWSER_ACCEPT).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Keycloak marks its cookies Secure. Browsers treat http://localhost as a secure context and send them anyway;
     * Java's cookie handling does not, so this store does what the browser does, for localhost only.
     */
    private static final class LocalhostCookieStore implements CookieStore {

        private final CookieStore cookies = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, HttpCookie cookie) {
            if ("localhost".equals(uri.getHost())) {
                cookie.setSecure(false);
            }
            cookies.add(uri, cookie);
        }

        @Override
        public java.util.List<HttpCookie> get(URI uri) {
            return cookies.get(uri);
        }

        @Override
        public java.util.List<HttpCookie> getCookies() {
            return cookies.getCookies();
        }

        @Override
        public java.util.List<URI> getURIs() {
            return cookies.getURIs();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return cookies.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return cookies.removeAll();
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
