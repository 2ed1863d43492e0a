package org.concordia.export.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.concordia.export.model.ProjectImportResult;
import org.concordia.export.service.RefiQdaProjectImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/tenants/<slug>/projects/import}: a .qdpx (a backup, or another tool's project) as a new project. */
@Path("tenants/{tenant}/projects/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectImportResource {

    @Inject
    RefiQdaProjectImport projectImport;

    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a REFI-QDA project (.qdpx) as a new project (supervisors)",
            description = "curl --data-binary @backup.qdpx -H 'Content-Type: application/zip'"
                    + " '.../projects/import?name=Restored'. All or nothing: 400 with the reason, and nothing kept,"
                    + " when any part of the file cannot be imported.")
    public Response importProject(InputStream qdpx, @QueryParam("name") String name, @Context UriInfo uri) {
        ProjectImportResult result = projectImport.importProject(name,
                qdpx == null ? InputStream.nullInputStream() : qdpx);
        return Response.created(uri.getBaseUriBuilder().path("tenants").path(uri.getPathParameters()
                .getFirst("tenant")).path("projects").path(String.valueOf(result.project().id())).build())
                .entity(result).build();
    }
}
