package org.concordia.codebook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.model.CodebookView;
import org.concordia.codebook.model.MeasurementLevel;
import org.concordia.codebook.model.VersionedClaimType;
import org.concordia.codebook.service.CodebookService;
import org.concordia.platform.api.EntityVersions;
import org.concordia.platform.api.RequestBodies;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/codebook}: the project's claim types with their definitions and
 * attributes, as JSON, as REFI-QDA codebook (.qdc) and as CSV.
 */
@Path("tenants/{tenant}/projects/{project}/codebook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Codebook")
public class CodebookResource {

    /** The codebook as scripts read it: its version and claim types in tree order. */
    public record Codebook(long projectId, int version, boolean inUse, List<ClaimType> claimTypes) {

        static Codebook of(CodebookView view) {
            Map<Long, ClaimTypeView> byId = view.claimTypes().stream()
                    .collect(Collectors.toMap(ClaimTypeView::id, t -> t));
            return new Codebook(view.projectId(), view.version(), view.inUse(),
                    view.claimTypes().stream().map(t -> ClaimType.of(t, byId)).toList());
        }
    }

    /**
     * A claim type with its rules of use and attributes; {@code path} names it from the top ("Attribution of stance
     * / Support"), {@code codable} is false for a mere grouping.
     */
    public record ClaimType(long id, String guid, Long parentId, String path, String name, String definition,
            String whenToUse, String whenNotToUse, String examples, String colour, String hotkey, boolean codable,
            List<Attribute> attributes) {

        static ClaimType of(ClaimTypeView type, Map<Long, ClaimTypeView> byId) {
            ClaimTypeDraft draft = type.draft();
            return new ClaimType(type.id(), type.guid(), type.parentId(), type.path(byId), draft.name(),
                    draft.definition(), draft.whenToUse(), draft.whenNotToUse(), draft.examples(), draft.colour(),
                    draft.hotkey(), draft.codable(), draft.attributes().stream().map(Attribute::of).toList());
        }
    }

    /**
     * A field coders fill in: TEXT, CHOICE (one of choices), ENTITY, DATE, NUMBER or CERTAINTY; {@code level} is its
     * level of measurement (nominal, ordinal, interval, ratio), on which agreement about it is computed; an ordinal
     * choice is ordered as its choices are listed.
     */
    public record Attribute(String name, String type, List<String> choices, boolean required, String level) {

        static Attribute of(AttributeField field) {
            return new Attribute(field.name(), field.type().name(), field.options(), field.required(),
                    field.level().label());
        }
    }

    /** What a supervisor sends to add or change a claim type; {@code codable} is true unless said otherwise. */
    public record ClaimTypeBody(Long parentId, @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String definition, @Size(max = 4000) String whenToUse,
            @Size(max = 4000) String whenNotToUse, @Size(max = 4000) String examples,
            @Pattern(regexp = "#[0-9a-fA-F]{6}") String colour, @Pattern(regexp = "[a-zA-Z0-9]") String hotkey,
            Boolean codable, @Size(max = 50) List<@Valid @NotNull AttributeBody> attributes) {

        ClaimTypeDraft draft() {
            return new ClaimTypeDraft(parentId, name, definition, whenToUse, whenNotToUse, examples, colour, hotkey,
                    codable == null || codable,
                    attributes == null ? List.of() : attributes.stream().map(AttributeBody::field).toList());
        }
    }

    /** An attribute as sent: type and level by name ("CHOICE", "ordinal"); no level: the type's usual one. */
    public record AttributeBody(@NotBlank @Size(max = 100) String name, @NotBlank String type,
            @Size(max = 100) List<@NotNull @Size(max = 200) String> choices, boolean required, String level) {

        AttributeField field() {
            AttributeType attributeType = java.util.Arrays.stream(AttributeType.values())
                    .filter(t -> t.name().equalsIgnoreCase(type.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("error.codebook.isNotAnAttributeType", type));
            MeasurementLevel measurementLevel = level == null || level.isBlank() ? null
                    : MeasurementLevel.named(level)
                            .orElseThrow(() -> new InvalidInputException("error.codebook.isNotALevelOfMeasurement",
                                    level));
            return new AttributeField(name, attributeType, choices, required, measurementLevel);
        }
    }

    @Inject
    CodebookService codebooks;

    @Inject
    TenantAccess access;

    @Inject
    RequestBodies bodies;

    @PathParam("project")
    long project;

    @GET
    @Operation(summary = "The codebook: version, claim types in tree order with definitions and attributes")
    public Codebook codebook() {
        return Codebook.of(codebooks.view(project));
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Add claim types from CSV (supervisors)", description = "The columns of GET .../codebook/csv;"
            + " rows whose GUID the codebook has already are skipped; a bad row is named and nothing is added.")
    public Codebook importCsv(InputStream csv) {
        codebooks.importCsv(project, CodebookService.readUpload(csv));
        return codebook();
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, "text/xml"})
    @Operation(summary = "Add claim types from a REFI-QDA codebook (.qdc) (supervisors)")
    public Codebook importQdc(InputStream qdc) {
        codebooks.importQdc(project, CodebookService.readUpload(qdc));
        return codebook();
    }

    @POST
    @Path("claim-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a claim type (supervisors)", description = "Its attributes with their levels of"
            + " measurement; the answer carries its version as ETag.")
    public Response addClaimType(ClaimTypeBody body) {
        access.require(TenantRole.SUPERVISOR, "change the codebook");
        ClaimTypeView added = codebooks.addClaimType(project, bodies.valid(body).draft());
        return withVersion(Response.status(Response.Status.CREATED), codebooks.versionedClaimType(project,
                added.id()));
    }

    @GET
    @Path("claim-types/{claimType}")
    @Operation(summary = "One claim type, its version in the ETag header")
    public Response claimType(@PathParam("claimType") long claimType) {
        return withVersion(Response.ok(), codebooks.versionedClaimType(project, claimType));
    }

    @PUT
    @Path("claim-types/{claimType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a claim type (supervisors)", description = "The whole claim type as it should be."
            + " Send the ETag you read as If-Match: 412 and nothing stored when it changed since.")
    public Response updateClaimType(@PathParam("claimType") long claimType, ClaimTypeBody body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(TenantRole.SUPERVISOR, "change the codebook");
        return withVersion(Response.ok(), codebooks.updateClaimType(project, claimType, bodies.valid(body).draft(),
                EntityVersions.expected(ifMatch)));
    }

    @DELETE
    @Path("claim-types/{claimType}")
    @Operation(summary = "Remove a claim type without claim types below it (supervisors)",
            description = "With If-Match: 412 and nothing removed when it changed since it was read.")
    public Response removeClaimType(@PathParam("claimType") long claimType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        codebooks.removeClaimType(project, claimType, EntityVersions.expected(ifMatch));
        return Response.noContent().build();
    }

    private Response withVersion(Response.ResponseBuilder response, VersionedClaimType versioned) {
        Map<Long, ClaimTypeView> byId = codebooks.view(project).claimTypes().stream()
                .collect(Collectors.toMap(ClaimTypeView::id, t -> t));
        return response.entity(ClaimType.of(versioned.claimType(), byId))
                .tag(EntityVersions.tag(versioned.version())).build();
    }

    @GET
    @Path("qdc")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The codebook as REFI-QDA codebook (.qdc) for ATLAS.ti, MAXQDA, NVivo and QualCoder")
    public byte[] qdc() {
        return codebooks.exportQdc(project);
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "The codebook as CSV, one row per claim type, hotkeys and attributes included")
    public byte[] csv() {
        return codebooks.exportCsv(project);
    }
}
