package org.concordia.documents.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.concordia.documents.model.DocumentGroupView;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.api.RequestBodies;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/document-groups}: groups of the project's documents, as the documents
 * list and the document page keep them (each document's variables are {@code .../documents/<id>/variables}).
 */
@Path("tenants/{tenant}/projects/{project}/document-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentGroupsResource {

    /** A group to create: its name, a description, and the documents to put in it. */
    public record NewGroup(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
            List<@NotNull Long> documentIds) {
    }

    /** Documents to put into a group or take out of it. */
    public record Members(@NotNull List<@NotNull Long> documentIds) {
    }

    @Inject
    DocumentGroupService groups;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    @Inject
    RequestBodies bodies;

    @PathParam("project")
    long project;

    @GET
        @Operation(summary = "The project's groups of documents, each with the ids of its documents")
    public List<DocumentGroupView> groups() {
        return groups.groups(project);
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a group of documents (supervisors): {\"name\": \"Interviews\", \"documentIds\": [3, 4]}")
    public Response create(NewGroup group, @Context UriInfo uri) {
        access.require(TenantRole.SUPERVISOR, "group documents");
        bodies.valid(group);
        DocumentGroupView created = groups.createGroup(project, group == null ? null : group.name(),
                group == null ? null : group.description());
        if (group.documentIds() != null && !group.documentIds().isEmpty()) {
            created = groups.addToGroup(created.id(), group.documentIds());
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{group}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put documents of the project into the group (supervisors)")
    public DocumentGroupView add(@PathParam("group") long group, Members members) {
        access.require(TenantRole.SUPERVISOR, "group documents");
        long inProject = inProject(group);
        return groups.addToGroup(inProject, bodies.valid(members).documentIds());
    }

    @POST
    @Path("{group}/documents/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take documents out of the group (supervisors); the documents stay in the project")
    public DocumentGroupView remove(@PathParam("group") long group, Members members) {
        access.require(TenantRole.SUPERVISOR, "group documents");
        long inProject = inProject(group);
        return groups.removeFromGroup(inProject, bodies.valid(members).documentIds());
    }

    @DELETE
    @Path("{group}")
    @Operation(summary = "Delete the group (supervisors); its documents stay as they are")
    public Response delete(@PathParam("group") long group) {
        access.require(TenantRole.SUPERVISOR, "group documents");
        groups.deleteGroup(inProject(group));
        return Response.noContent().build();
    }

    private long inProject(long group) {
        if (groups.groups(project).stream().noneMatch(g -> g.id() == group)) {
            throw new NotFoundException("error.documents.thisGroupDoesNotExist");
        }
        return group;
    }

}
