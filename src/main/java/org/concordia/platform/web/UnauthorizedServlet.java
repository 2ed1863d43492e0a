package org.concordia.platform.web;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.concordia.platform.api.Problem;

/**
 * The body of a 401 (web.xml's error page for it). Only requests without a browser's login get one, the REST API's
 * without a valid bearer token (a browser is sent to Keycloak's login page instead), so the answer is the API's
 * problem JSON, saying what to send, rather than the server's HTML error page.
 */
@WebServlet("/error/401")
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", 401)
                .add("title", "Unauthorized")
                .add("detail", "Send a valid Keycloak access token as the header \u201cAuthorization: Bearer"
                        + " <token>\u201d; it is missing, expired or not from this realm (see the README's REST API"
                        + " section for how to get one).")
                .build().toString());
    }
}
