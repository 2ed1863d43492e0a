package org.concordia.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}: what the pages do, for scripts (R, Python, curl). Every call carries a Keycloak
 * access token ({@code Authorization: Bearer ...}); tenant data lives under {@code /api/tenants/<slug>/...} and is
 * checked by the same services, with the same roles, as the pages. The server publishes the OpenAPI description
 * at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Concordia API", version = "1",
                description = "Projects, documents, codebooks, codings, agreement and exports of the tenants you"
                        + " belong to. Get a token from Keycloak (client concordia-cli) and send it as a bearer"
                        + " token; the README walks through it with curl."),
        security = @SecurityRequirement(name = ConcordiaApi.SECURITY_SCHEME))
@SecurityScheme(securitySchemeName = ConcordiaApi.SECURITY_SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT",
        description = "An access token of the concordia realm in Keycloak")
public class ConcordiaApi extends Application {

    public static final String SECURITY_SCHEME = "keycloak";
}
