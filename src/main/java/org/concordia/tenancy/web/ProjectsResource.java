package org.concordia.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.concordia.platform.api.RequestBodies;
import org.concordia.tenancy.model.Project;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/tenants/<slug>/projects}: a tenant's projects; supervisors create them. */
@Path("tenants/{tenant}/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectsResource {

    /** What a new project needs. */
    public record NewProject(@NotBlank @Size(max = Project.MAX_NAME) String name,
            @Size(max = Project.MAX_DESCRIPTION) String description) {
    }

    @Inject
    ProjectService projects;

    @Inject
    TenantAccess access;

    @Inject
    RequestBodies bodies;

    @PathParam("tenant")
    String tenant;

    @GET
    @Operation(summary = "The tenant's projects")
    public List<ProjectSummary> projects() {
        return projects.listProjects();
    }

    @GET
    @Path("{project}")
    @Operation(summary = "One project")
    public ProjectSummary project(@PathParam("project") long id) {
        return projects.project(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a project (supervisors)")
    public Response create(NewProject project, @Context UriInfo uri) {
        access.require(TenantRole.SUPERVISOR, "create projects");
        bodies.valid(project);
        ProjectSummary created = projects.createProject(project.name(), project.description());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
