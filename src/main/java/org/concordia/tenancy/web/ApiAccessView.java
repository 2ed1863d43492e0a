package org.concordia.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.concordia.platform.security.OidcLogin;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantAccess;

/**
 * The REST API page ({@code api.xhtml}, menu > REST API): where the API is, how to get a token, and the paths of
 * the current tenant's projects, ready to paste into a script.
 */
@Named
@RequestScoped
public class ApiAccessView {

    @Inject
    ProjectService projects;

    @Inject
    TenantAccess access;

    private List<ProjectSummary> projectList;

    public String getApiUrl() {
        HttpServletRequest request = request();
        return origin(request) + request.getContextPath() + "/api";
    }

    public String getOpenApiUrl() {
        return origin(request()) + "/openapi";
    }

    /** Keycloak's token endpoint of the realm this login came from. */
    public String getTokenUrl() {
        return OidcLogin.issuerOf(request()).orElse("http://localhost:8180/realms/concordia")
                + "/protocol/openid-connect/token";
    }

    public String getTenant() {
        return access.currentTenantId();
    }

    public String getUsername() {
        return access.currentUser().username();
    }

    public List<ProjectSummary> getProjects() {
        if (projectList == null) {
            projectList = projects.listProjects();
        }
        return projectList;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static String origin(HttpServletRequest request) {
        boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort());
    }
}
