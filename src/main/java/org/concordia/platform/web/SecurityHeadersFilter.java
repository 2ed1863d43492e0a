package org.concordia.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser-side protection on every response. PrimeFaces adds its own Content-Security-Policy header with a
 * per-request script nonce ({@code primefaces.CSP} in web.xml); the policy here is a second header, enforced
 * together with it, that forbids framing, plugins and foreign base URLs everywhere, also on non-Faces responses.
 * Pages are never cached, so that the back button after logging out shows nothing private.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response, !request.getRequestURI().contains("/jakarta.faces.resource/"));
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers on {@code response}; also after a response was reset to show an error page instead of the
     * page that failed (the reset clears every header).
     */
    public static void apply(HttpServletResponse response, boolean page) {
        response.addHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (page) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
