package org.concordia.coding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concordia.coding.model.AssignmentView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.api.RequestBodies;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/assignments}: who codes which document, as the Assignments page shows
 * it; coders submit here, supervisors reopen and reveal. What a reliability study run through the API needs before
 * agreement can be computed.
 */
@Path("tenants/{tenant}/projects/{project}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
public class AssignmentsResource {

    /**
     * Documents to give to coders: either each of {@code documentIds} to each of {@code coders}, or (with
     * {@code eachDocumentTo}) every document of the project to that many of the coders, those with the fewest
     * assignments first.
     */
    public record NewAssignments(@Size(max = 10000) List<@NotNull Long> documentIds,
            @NotEmpty @Size(max = 1000) List<@NotBlank String> coders, @Positive Integer eachDocumentTo,
            LocalDate dueOn) {
    }

    @Inject
    AssignmentService assignments;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    @Inject
    RequestBodies bodies;

    @PathParam("project")
    long project;

    @GET
    @Operation(summary = "The project's assignments with progress (supervisors), or with mine=true your own")
    public List<AssignmentView> assignments(@QueryParam("mine") boolean mine) {
        documents.project(project);
        if (mine) {
            return assignments.myAssignments().stream().filter(a -> a.projectId() == project).toList();
        }
        return assignments.projectAssignments(project);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign documents to coders", description = "Pairs assigned already are left as they are;"
            + " answers with how many assignments were made.")
    public Map<String, Integer> assign(NewAssignments request) {
        // The role first: a coder is refused whatever the body says.
        access.require(TenantRole.SUPERVISOR, "assign documents");
        bodies.valid(request);
        if (request.eachDocumentTo() != null) {
            return Map.of("assigned", assignments.assignBalanced(project, request.eachDocumentTo(), request.coders(),
                    request.dueOn()));
        }
        if (request.documentIds() == null || request.documentIds().isEmpty()) {
            throw new InvalidInputException("error.coding.nameTheDocumentsDocumentidsOr");
        }
        return Map.of("assigned", assignments.assign(project, request.documentIds(), request.coders(),
                request.dueOn()));
    }

    @POST
    @Path("{assignment}/submit")
    @Operation(summary = "Submit your assignment: your codings of the document are frozen")
    public AssignmentView submit(@PathParam("assignment") long assignment) {
        requireInProject(assignment);
        return assignments.submit(assignment);
    }

    @POST
    @Path("{assignment}/reopen")
    @Operation(summary = "Let the coder change their codings of the document again")
    public AssignmentView reopen(@PathParam("assignment") long assignment) {
        requireInProject(assignment);
        return assignments.reopen(assignment);
    }

    @POST
    @Path("reveal")
    @Operation(summary = "End blind coding of a document once all its coders submitted",
            description = "Answers with how many coders now see each other's codings.")
    public Map<String, Integer> reveal(@QueryParam("document") Long document) {
        access.require(TenantRole.SUPERVISOR, "reveal codings");
        if (document == null) {
            throw new InvalidInputException("error.coding.nameTheDocumentToReveal");
        }
        documents.documentOf(project, document);
        return Map.of("revealed", assignments.reveal(document));
    }

    private void requireInProject(long assignment) {
        if (assignments.projectOf(assignment) != project) {
            throw new NotFoundException("error.coding.thereIsNoAssignmentIn", assignment, project);
        }
    }
}
