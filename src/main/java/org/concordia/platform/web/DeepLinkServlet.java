package org.concordia.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bookmarkable addresses of pages about one object: {@code /go/document/12} shows {@code document.xhtml?id=12}.
 * WildFly's OIDC client returns from a Keycloak login to the requested path without its query string, so a
 * bookmarked {@code document.xhtml?id=12} opened while logged out would lose the id; a path survives. The browser
 * keeps the /go/ address, so bookmarks and shared links use it. Pages link to each other this way.
 */
@WebServlet("/go/*")
public class DeepLinkServlet extends HttpServlet {

    /** Which page each kind of link opens, and the view parameter that takes the id. */
    static final Map<String, String[]> PAGES = Map.ofEntries(
            Map.entry("documents", new String[] {"/documents.xhtml", "project"}),
            Map.entry("codebook", new String[] {"/codebook.xhtml", "project"}),
            Map.entry("assignments", new String[] {"/assignments.xhtml", "project"}),
            Map.entry("agreement", new String[] {"/agreement.xhtml", "project"}),
            Map.entry("review", new String[] {"/review.xhtml", "project"}),
            Map.entry("monitor", new String[] {"/monitor.xhtml", "project"}),
            Map.entry("entities", new String[] {"/entities.xhtml", "project"}),
            Map.entry("ledger", new String[] {"/ledger.xhtml", "project"}),
            Map.entry("accounts", new String[] {"/accounts.xhtml", "project"}),
            Map.entry("exports", new String[] {"/exports.xhtml", "project"}),
            Map.entry("search", new String[] {"/search.xhtml", "project"}),
            Map.entry("analyse", new String[] {"/analyse.xhtml", "project"}),
            Map.entry("document", new String[] {"/document.xhtml", "id"}),
            Map.entry("cleanup", new String[] {"/cleanup.xhtml", "document"}),
            Map.entry("code", new String[] {"/code.xhtml", "document"}));

    private static final Pattern LINK = Pattern.compile("/([a-z]+)/(\\d{1,18})/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Matcher link = LINK.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        String[] target = link.matches() ? PAGES.get(link.group(1)) : null;
        if (target == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such page.");
            return;
        }
        request.getRequestDispatcher(target[0] + "?" + target[1] + "=" + link.group(2)).forward(request, response);
    }
}
