package org.concordia.claims.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.concordia.claims.model.EntityKind;
import org.concordia.claims.model.EntityView;
import org.concordia.claims.model.MergeSuggestion;
import org.concordia.claims.model.MergeView;
import org.concordia.claims.service.EntityService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.api.RequestBodies;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/entities}: the project's registry of named actors with their spellings,
 * the merges suggested and made, and their undoing: the Entities page over HTTP.
 */
@Path("tenants/{tenant}/projects/{project}/entities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
public class EntitiesResource {

    /** An entity to record: its kind (PERSON, STATE, ARMED_GROUP, ...) and name. */
    public record NewEntity(@NotNull EntityKind kind, @NotBlank @Size(max = 300) String name) {
    }

    /** Two entities to merge: {@code merged}'s names go to {@code survivor}. */
    public record NewMerge(@NotNull Long survivor, @NotNull Long merged) {
    }

    @Inject
    EntityService entities;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    @Inject
    RequestBodies bodies;

    @PathParam("project")
    long project;

    @GET
    @Operation(summary = "The project's entities with their names (aliases)")
    public List<EntityView> entities() {
        documents.project(project);
        return entities.entities(project);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an entity under a name (refused when the name names another entity already)")
    public Response create(NewEntity entity, @Context UriInfo uri) {
        access.require(TenantRole.SUPERVISOR, "record entities");
        documents.project(project);
        bodies.valid(entity);
        EntityView created = entities.create(project, entity.kind(), entity.name());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Spellings that probably name one entity (transliteration-folded), to merge")
    public List<MergeSuggestion> suggestions() {
        documents.project(project);
        return entities.suggestions(project);
    }

    @GET
    @Path("merges")
    @Operation(summary = "Every merge of the project, newest first, with whether it was undone")
    public List<MergeView> merges() {
        documents.project(project);
        return entities.merges(project);
    }

    @POST
    @Path("merges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge one entity into another; it can be undone")
    public MergeView merge(NewMerge merge) {
        access.require(TenantRole.SUPERVISOR, "merge entities");
        if (merge == null) {
            throw new InvalidInputException("error.claims.nameTheEntitiesToMerge");
        }
        bodies.valid(merge);
        List<Long> here = entities().stream().map(EntityView::id).toList();
        if (!here.contains(merge.survivor()) || !here.contains(merge.merged())) {
            throw new NotFoundException("error.claims.theseEntitiesAreNotIn");
        }
        return entities.merge(merge.survivor(), merge.merged());
    }

    @POST
    @Path("merges/{merge}/undo")
    @Operation(summary = "Undo a merge: the merged entity comes back with the names it brought")
    public MergeView undo(@PathParam("merge") long merge) {
        access.require(TenantRole.SUPERVISOR, "undo merges");
        if (merges().stream().noneMatch(m -> m.id() == merge)) {
            throw new NotFoundException("error.claims.thisMergeDoesNotExist");
        }
        return entities.undo(merge);
    }
}
