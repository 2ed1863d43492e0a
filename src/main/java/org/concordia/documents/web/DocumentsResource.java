package org.concordia.documents.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordia.documents.model.CleanupReport;
import org.concordia.documents.model.CleanupReview;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.DocumentVariables;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.api.EntityVersions;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/documents}: a project's documents with their passages; supervisors
 * upload files (the formats and limits of the Documents page, zips of many included).
 */
@Path("tenants/{tenant}/projects/{project}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentsResource {

    /** A document with its passages: the text codings point into, offsets in code points, end exclusive. */
    public record DocumentDetail(DocumentSummary document, List<PassageView> passages, CleanupReport cleanup) {
    }

    @Inject
    DocumentService documents;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentGroupService groups;

    @Inject
    TenantAccess access;

    @PathParam("project")
    long project;

    @GET
    @Operation(summary = "The project's documents")
    public List<DocumentSummary> documents() {
        return documents.listDocuments(project);
    }

    @GET
    @Path("{document}")
    @Operation(summary = "One document with its passages")
    public DocumentDetail document(@PathParam("document") long id) {
        DocumentSummary document = documents.documentOf(project, id);
        return new DocumentDetail(document, documents.passages(id), documents.cleanupReport(id));
    }

    @GET
    @Path("{document}/cleanup")
    @Operation(summary = "What import clean-up did to one document",
            description = "Every decision (lines removed, joins, notes set apart, OCR corrections) with its reason,"
                    + " the OCR suggestions and the figures; what the import review page shows.")
    public CleanupReview cleanup(@PathParam("document") long id) {
        documents.documentOf(project, id);
        return documents.cleanupReview(id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload files (supervisors)", description = "Each form part with a file name is imported"
            + " (curl -F file=@report.pdf); zips import every file in them. Answers every file's outcome: 201 when"
            + " something was imported, 200 when everything was there already, 422 when nothing could be.")
    public Response upload(List<EntityPart> parts, @QueryParam("sourceType") String sourceType) throws IOException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (part.getFileName().isPresent()) {
                try (InputStream content = part.getContent()) {
                    outcomes.addAll(importer.importUpload(project, part.getFileName().get(), content,
                            sourceTypeOf(sourceType)));
                }
            }
        }
        if (outcomes.isEmpty()) {
            throw new InvalidInputException("error.documents.sendTheFilesAsMultipart");
        }
        return answer(outcomes);
    }

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, "application/pdf", "application/zip"})
    @Operation(summary = "Upload one file as the request body (supervisors)",
            description = "curl --data-binary @report.txt -H 'Content-Type: application/octet-stream'"
                    + " '.../documents?fileName=report.txt'")
    public Response uploadBody(InputStream content, @QueryParam("fileName") String fileName,
            @QueryParam("sourceType") String sourceType) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidInputException("error.documents.nameTheFileWithFilename");
        }
        return answer(importer.importUpload(project, fileName,
                content == null ? InputStream.nullInputStream() : content, sourceTypeOf(sourceType)));
    }

    private static Response answer(List<ImportOutcome> outcomes) {
        boolean imported = outcomes.stream().anyMatch(o -> o.result() == ImportOutcome.Result.IMPORTED);
        boolean nothing = outcomes.stream().allMatch(o -> o.result() == ImportOutcome.Result.FAILED);
        int status = imported ? 201 : nothing ? 422 : 200;
        return Response.status(status).entity(outcomes).build();
    }

    private static SourceType sourceTypeOf(String name) {
        if (name == null || name.isBlank()) {
            return SourceType.OTHER;
        }
        try {
            return SourceType.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.documents.thereIsNoSourceType", name,
                    List.of(SourceType.values()).toString().toLowerCase(Locale.ROOT));
        }
    }

    @GET
    @Path("{document}/variables")
    @Operation(summary = "The document's variables, name to value, in their order; their version in the ETag header")
    public Response variables(@PathParam("document") long document) {
        DocumentVariables variables = groups.versionedVariables(inProjectDocument(document));
        return Response.ok(variables.values()).tag(EntityVersions.tag(variables.version())).build();
    }

    @PUT
    @Path("{document}/variables")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the document's variables (supervisors): {\"gender\": \"female\", \"wave\": \"2\"}",
            description = "Send the ETag you read as If-Match: 412 and nothing stored when the variables changed"
                    + " since. The answer carries the new ETag.")
    public Response describe(@PathParam("document") long document, JsonObject variables,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(TenantRole.SUPERVISOR, "change documents' details");
        // Read as a JSON object, which keeps the order the variables were sent in.
        Map<String, String> ordered = new LinkedHashMap<>();
        if (variables != null) {
            variables.forEach((name, value) -> {
                if (!(value instanceof JsonString text)) {
                    throw new InvalidInputException("error.documents.variableValuesAreText", name);
                }
                ordered.put(name, text.getString());
            });
        }
        DocumentVariables described = groups.describeWithVariables(inProjectDocument(document), ordered,
                EntityVersions.expected(ifMatch));
        return Response.ok(described.values()).tag(EntityVersions.tag(described.version())).build();
    }

    private long inProjectDocument(long document) {
        return documents.documentOf(project, document).id();
    }
}
