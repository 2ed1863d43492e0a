package org.concordia.coding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.model.VersionedCoding;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.api.EntityVersions;
import org.concordia.platform.api.RequestBodies;
import org.concordia.platform.errors.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/codings}: codings as the coding screen sees them (blind: a coder gets
 * their own until a supervisor reveals a document's), and new codings made as the caller.
 */
@Path("tenants/{tenant}/projects/{project}/codings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Codings")
public class CodingsResource {

    /**
     * A coding to make: a claim type applied to [start, end) of a passage, in code points of the document's text
     * (end exclusive), with attribute values and a memo if wanted.
     */
    public record NewCoding(@NotNull Long documentId, @NotNull Long passageId, @NotNull Long claimTypeId,
            @NotNull @PositiveOrZero Integer start, @NotNull @PositiveOrZero Integer end,
            Map<String, String> attributes, @Size(max = 4000) String memo) {
    }

    @Inject
    CodingService codings;

    @Inject
    DocumentService documents;

    @Inject
    RequestBodies bodies;

    @PathParam("project")
    long project;

    @GET
    @Operation(summary = "Codings you may see, of the project or one document, of everybody or one coder")
    public List<CodingView> codings(@QueryParam("document") Long document, @QueryParam("coder") String coder) {
        List<CodingView> visible;
        if (document != null) {
            requireInProject(document);
            visible = coder == null ? codings.codingsOf(document) : codings.codingsBy(document, coder);
        } else {
            visible = codings.visibleCodingsOfProject(project);
        }
        return coder == null ? visible : visible.stream().filter(c -> c.coder().equals(coder)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Code a passage as yourself", description = "Refused with 400 and nothing stored when"
            + " the span is outside the passage, the claim type is a grouping, an attribute does not fit its"
            + " claim type, or the document was submitted.")
    public Response code(NewCoding coding, @Context UriInfo uri) {
        if (coding == null) {
            throw new InvalidInputException("error.coding.aCodingNeedsDocumentidPassageid");
        }
        bodies.valid(coding);
        requireInProject(coding.documentId());
        CodingView created = codings.code(coding.documentId(), coding.passageId(), coding.claimTypeId(),
                coding.start(), coding.end(), coding.attributes(), coding.memo());
        return Response.created(uri.getAbsolutePathBuilder().queryParam("document", created.documentId()).build())
                .entity(created).build();
    }

    /** What an update of a coding sets: its attribute values and memo (the span and claim type stay). */
    public record CodingDescription(Map<String, String> attributes, @Size(max = 4000) String memo) {
    }

    @GET
    @Path("{coding}")
    @Operation(summary = "One coding (yours, or anybody's for supervisors), its version in the ETag header")
    public Response coding(@PathParam("coding") long id) {
        VersionedCoding coding = inProject(codings.coding(id));
        return Response.ok(coding.coding()).tag(etagOf(coding)).build();
    }

    @PUT
    @Path("{coding}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a coding's attributes and memo",
            description = "Send the ETag you read as If-Match: 412 and nothing stored when the coding changed since."
                    + " The answer carries the new ETag.")
    public Response describe(@PathParam("coding") long id, CodingDescription description,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        inProject(codings.coding(id));
        bodies.valid(description);
        VersionedCoding described = codings.describe(id, description == null ? null : description.attributes(),
                description == null ? null : description.memo(), EntityVersions.expected(ifMatch));
        return Response.ok(described.coding()).tag(etagOf(described)).build();
    }

    @DELETE
    @Path("{coding}")
    @Operation(summary = "Delete a coding", description = "With If-Match: 412 and nothing deleted when the coding"
            + " changed since it was read.")
    public Response delete(@PathParam("coding") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        inProject(codings.coding(id));
        codings.delete(id, EntityVersions.expected(ifMatch));
        return Response.noContent().build();
    }

    private VersionedCoding inProject(VersionedCoding coding) {
        requireInProject(coding.coding().documentId());
        return coding;
    }

    private static EntityTag etagOf(VersionedCoding coding) {
        return EntityVersions.tag(coding.version());
    }

    private void requireInProject(long document) {
        documents.documentOf(project, document);
    }
}
