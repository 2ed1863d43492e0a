package org.concordia.tenancy.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The invitation link people share: {@code /join/K7QH-M2XP}. The code is in the path because WildFly's OIDC
 * client drops the query string when it sends a person to Keycloak to log in or register, and brings them back
 * without it; once they are logged in, this forwards them to the join page with the code.
 */
@WebServlet("/join/*")
public class JoinLinkServlet extends HttpServlet {

    /** The shareable link for {@code code}, below the application's address {@code base} (ending with /). */
    public static String linkFor(String base, String code) {
        return base + "join/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        response.sendRedirect(request.getContextPath() + "/join.xhtml"
                + (code.isBlank() ? "" : "?invitation=" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
    }
}
