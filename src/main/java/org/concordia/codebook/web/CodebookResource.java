package org.concordia.codebook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.model.CodebookView;
import org.concordia.codebook.service.CodebookService;
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

    /** A field coders fill in: TEXT, CHOICE (one of choices), ENTITY, DATE, NUMBER or CERTAINTY. */
    public record Attribute(String name, String type, List<String> choices, boolean required) {

        static Attribute of(AttributeField field) {
            return new Attribute(field.name(), field.type().name(), field.options(), field.required());
        }
    }

    @Inject
    CodebookService codebooks;

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
