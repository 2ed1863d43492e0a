package org.concordia.platform.web;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.concordia.platform.api.Problem;
import org.concordia.platform.errors.DatabaseUnavailable;

/**
 * The outermost filter (first in web.xml): when the database cannot be reached, whatever stage of a request found
 * out (a filter looking up the caller's memberships, a service, the commit), the answer is 503 with Retry-After and
 * the sentence of {@link DatabaseUnavailable}: problem JSON for the API, a page of its own for a browser. The page is
 * written here, not rendered by Faces, because rendering would need the database it says is away.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width"/>
            <title>Concordia cannot reach its database</title></head>
            <body><main><h1>Concordia cannot reach its database just now</h1><p>%s</p>
            <p><a href="%s/">Try again</a></p></main></body></html>
            """;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.causes(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warning("The database cannot be reached (" + request.getMethod() + " " + request.getRequestURI()
                    + "): " + failure);
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "60");
            response.setHeader("Cache-Control", "no-store");
            response.setCharacterEncoding("UTF-8");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType(Problem.MEDIA_TYPE);
                response.getWriter().write(Json.createObjectBuilder().add("status", 503)
                        .add("title", "Service Unavailable").add("detail", DatabaseUnavailable.MESSAGE).build()
                        .toString());
            } else {
                response.setContentType("text/html");
                response.getWriter().write(PAGE.formatted(DatabaseUnavailable.MESSAGE, request.getContextPath()));
            }
        }
    }
}
