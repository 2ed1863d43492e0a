package org.concordia.tenancy.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.OidcLogin;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.service.GroupMemberships;
import org.concordia.tenancy.service.TenantDirectory;

/**
 * Runs every request as the logged-in user inside the tenant they work in, so that services and Hibernate see
 * both. A logged-in person who belongs to no tenant gets 403 on every tenant page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class TenantFilter extends HttpFilter {

    /**
     * What needs no tenant: error pages, the signed-out page, static resources, health, joining with an invitation
     * code, and the platform administrators' pages (their services check the realm role).
     */
    private static final List<String> TENANTLESS = List.of("/error/", "/signed-out.xhtml", "/logout", "/health",
            "/jakarta.faces.resource/", "/resources/", "/join.xhtml", "/join/", "/admin/");

    private static final String API = "/api/";

    @Inject
    TenantDirectory directory;

    @Inject
    TenantSelection selection;

    @Inject
    GroupMemberships groupMemberships;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<UserIdentity> user = OidcLogin.userOf(request);
        if (user.isEmpty() || pathOf(request).startsWith(API)) {
            // The REST API chooses its tenant from the path, without a session: ApiTenantFilter.
            chain.doFilter(request, response);
            return;
        }
        if (selection.groupsChanged(user.get().groups())) {
            // Once per login: Keycloak groups /tenants/<slug>/<role> grant memberships.
            ExecutionContext.runAs(user.get(), null,
                    () -> groupMemberships.applyGroups(user.get().username(), user.get().groups()));
            selection.groupsApplied(user.get().groups());
        }
        List<MembershipSummary> memberships = ExecutionContext.supplyAs(user.get(), null,
                () -> directory.membershipsOf(user.get().username()));
        String tenant = selection.activeTenant(memberships);
        if (tenant == null && user.get().isPlatformAdmin() && isHome(request)) {
            // Platform administrators without a tenant of their own start where their work is.
            response.sendRedirect(request.getContextPath() + "/admin/tenants.xhtml");
            return;
        }
        if (tenant == null && needsTenant(request)) {
            request.setAttribute("concordia.noTenant", Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "You are signed in as " + user.get().username()
                    + ", but you are not a member of any Concordia tenant yet."
                    + " Ask your instructor or team lead for an invitation.");
            return;
        }
        continueAs(user.get(), tenant, chain, request, response);
    }

    /** Passes the request on, run as {@code user} inside {@code tenant} (null for none). */
    static void continueAs(UserIdentity user, String tenant, FilterChain chain, HttpServletRequest request,
            HttpServletResponse response) throws IOException, ServletException {
        try {
            ExecutionContext.callAs(user, tenant, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private static boolean needsTenant(HttpServletRequest request) {
        String path = pathOf(request);
        return TENANTLESS.stream().noneMatch(path::startsWith);
    }

    private static boolean isHome(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals("/") || path.equals("/dashboard.xhtml");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
