package org.concordia.export.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.concordia.export.model.Download;
import org.concordia.export.model.ExportFilter;
import org.concordia.export.model.ExportJobView;
import org.concordia.export.model.ExportState;
import org.concordia.export.service.ExportFormatSupport;
import org.concordia.export.service.ExportService;
import org.concordia.platform.api.RequestBodies;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/exports}: start an export in the background, poll its progress,
 * download the file when it is done. Supervisors only, like the Export page.
 */
@Path("tenants/{tenant}/projects/{project}/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports")
public class ExportsResource {

    /** An export format: its id goes into {@link NewExport#format}. */
    public record Format(String id, String label, String description, String extension, String mediaType) {
    }

    /**
     * What to export: a format id and, optionally, which documents, claim types (ids), coders (user names) and
     * consensus states (AGREED, DISPUTED, ...) to keep, or gold codings only. Empty criteria keep everything.
     */
    public record NewExport(@NotBlank @Size(max = 100) String format, @Size(max = 100000) Set<Long> documents,
            @Size(max = 10000) Set<Long> claimTypes, @Size(max = 1000) Set<String> coders,
            @Size(max = 20) Set<String> states, boolean goldOnly) {
    }

    @Inject
    ExportService exports;

    @Inject
    ProjectService projects;

    @Inject
    TenantAccess access;

    @Inject
    RequestBodies bodies;

    @PathParam("project")
    long project;

    @GET
    @Path("formats")
    @Operation(summary = "The formats a project can be exported in")
    public List<Format> formats() {
        projects.project(project); // the project the path names must exist for the caller
        return exports.formats().stream().map(ExportsResource::describe).toList();
    }

    @GET
    @Operation(summary = "The project's recent exports, newest first")
    public List<ExportJobView> jobs() {
        return exports.jobs(project);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an export (supervisors)", description = "Answers 202 with the job; poll its"
            + " Location until state is DONE, then GET .../exports/<id>/file.")
    public Response start(NewExport export, @Context UriInfo uri) {
        access.require(TenantRole.SUPERVISOR, "export datasets");
        bodies.valid(export);
        ExportJobView job = exports.start(project, export.format(), new ExportFilter(export.documents(),
                export.claimTypes(), export.coders(), export.states(), export.goldOnly()));
        return Response.accepted(job)
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(job.id())).build())
                .build();
    }

    @GET
    @Path("{job}")
    @Operation(summary = "An export's state and progress")
    public ExportJobView job(@PathParam("job") long id) {
        ExportJobView job = exports.job(id);
        if (job.projectId() != project) {
            throw new NotFoundException("error.export.thereIsNoExportIn", id, project);
        }
        return job;
    }

    @GET
    @Path("{job}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A finished export's file", description = "409 while the export is still running or"
            + " when it failed.")
    public Response file(@PathParam("job") long id) {
        ExportJobView job = job(id);
        if (job.state() != ExportState.DONE) {
            throw new ClientErrorException("This export is " + job.state().label() + ", not ready to download.",
                    Response.Status.CONFLICT);
        }
        Download download = exports.download(id);
        StreamingOutput body = out -> download.content().writeTo(out);
        return Response.ok(body, download.mediaType())
                .header("Content-Length", download.size())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .build();
    }

    private static Format describe(ExportFormatSupport format) {
        return new Format(format.id(), format.label(), format.description(), format.extension(), format.mediaType());
    }
}
