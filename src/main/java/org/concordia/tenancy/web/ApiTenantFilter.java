package org.concordia.tenancy.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordia.platform.api.Problem;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.OidcLogin;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.service.GroupMemberships;
import org.concordia.tenancy.service.TenantDirectory;

/**
 * Runs every REST call as the token's user inside the tenant its path names ({@code /api/tenants/<slug>/...}),
 * which must be one of theirs: a tenant the caller does not belong to answers 404, as if it did not exist. Calls
 * outside a tenant ({@code /api/tenants}) run without one. Unlike the pages, nothing is kept in an HTTP session:
 * every call brings its token.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiTenantFilter extends HttpFilter {

    private static final Pattern TENANT_PATH = Pattern.compile("/tenants/([^/]+)(/.*)?");

    @Inject
    TenantDirectory directory;

    @Inject
    GroupMemberships groupMemberships;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<UserIdentity> user = OidcLogin.userOf(request);
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        UserIdentity caller = user.get();
        // Keycloak groups /tenants/<slug>/<role> grant memberships, as at a browser login.
        ExecutionContext.runAs(caller, null, () -> groupMemberships.applyGroups(caller.username(), caller.groups()));

        String tenant = null;
        Matcher path = TENANT_PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.matches()) {
            String slug = path.group(1);
            boolean member = ExecutionContext.supplyAs(caller, null, () -> directory.membershipsOf(caller.username()))
                    .stream().map(MembershipSummary::tenantSlug).anyMatch(slug::equals);
            if (!member) {
                notFound(response, "You belong to no tenant \u201c" + slug + "\u201d. GET /api/tenants lists yours.");
                return;
            }
            tenant = slug;
        }
        TenantFilter.continueAs(caller, tenant, chain, request, response);
    }

    private static void notFound(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", HttpServletResponse.SC_NOT_FOUND)
                .add("title", "Not Found")
                .add("detail", detail)
                .build().toString());
    }
}
