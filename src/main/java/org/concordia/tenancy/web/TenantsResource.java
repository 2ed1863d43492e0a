package org.concordia.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.service.TenantDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/tenants}: the tenants the caller belongs to, with their role; the slug goes into every other path. */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
public class TenantsResource {

    @Inject
    TenantDirectory directory;

    @GET
    @Operation(summary = "The tenants you belong to and your role in each")
    public List<MembershipSummary> myTenants() {
        return directory.membershipsOf(ExecutionContext.currentUser().orElseThrow().username());
    }
}
