package org.concordia.export.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.Download;
import org.concordia.export.model.ExportFilter;
import org.concordia.export.model.ExportJob;
import org.concordia.export.model.ExportJobView;
import org.concordia.export.model.ExportState;
import org.concordia.export.persistence.ExportJobRepository;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.NoTenantRoleRequired;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Exports run as background jobs: {@link #start} records the job and hands it to the server's managed executor,
 * which writes the file as the requesting supervisor in their tenant, committing progress as it goes; the file is
 * downloaded when done. Formats stream: memory stays flat whatever the size of the project.
 */
@ApplicationScoped
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ExportFormats formats;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportJobRepository repository;

    @Inject
    Instance<ExportSource> sources;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    @NoTenantRoleRequired("the list of export formats, the same for everybody")
    public List<ExportFormatSupport> formats() {
        return formats.all();
    }

    /** Starts exporting the project's data the filter keeps in the format; returns the job to follow. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "export datasets", writes = true)
    public ExportJobView start(long projectId, String formatId, ExportFilter filter) {
        documents.project(projectId);
        ExportFormatSupport format = formats.find(formatId)
                .orElseThrow(() -> new InvalidInputException("error.export.thereIsNoExportFormat", formatId));
        ExportFilter checked = filter == null ? ExportFilter.everything() : filter;
        UserIdentity user = access.currentUser();
        String tenant = access.currentTenantId();
        ExportJobView job = jobs.create(projectId, format.id(), checked.describe(), user.username());
        executor.submit(() -> ExecutionContext.runAs(user, tenant, () -> run(job.id(), projectId, format, checked,
                tenant)));
        return job;
    }

    /** Writes the export; on any failure the job says why and no partial file stays behind. */
    void run(long jobId, long projectId, ExportFormatSupport format, ExportFilter filter, String tenant) {
        Path file = null;
        try {
            ExportSource source = sources.get().open(projectId, filter);
            long expected = format.expectedRows(source);
            jobs.start(jobId, expected);
            JobProgress progress = new JobProgress(jobs, jobId, expected,
                    source.documents().stream().mapToLong(DocumentSummary::passageCount).sum());
            source.onDocumentWritten(progress::documentWritten);
            file = ExportStorage.fileOf(tenant, jobId, format.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                format.write(source, out, progress);
            }
            jobs.finish(jobId, file.getFileName().toString(), Files.size(file), progress.rows());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Export " + jobId + " failed", e);
            jobs.fail(jobId, "The export failed: " + e.getMessage());
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // nothing more to do: the job says it failed
                }
            }
        }
    }

    /** The project's recent exports, newest first. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see exports")
    public List<ExportJobView> jobs(long projectId) {
        documents.project(projectId);
        return repository.forProject(projectId).stream().map(ExportJob::view).toList();
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see exports")
    public ExportJobView job(long jobId) {
        return existing(jobId).view();
    }

    /** A finished export's file; refused while it is still being written. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "download exports")
    public Download download(long jobId) {
        ExportJob job = existing(jobId);
        ExportJobView view = job.view();
        if (view.state() != ExportState.DONE) {
            throw new InvalidInputException("error.export.thisExportIsNotReady", view.state());
        }
        ExportFormatSupport format = formats.find(job.getFormat()).orElseThrow();
        try {
            Path file = ExportStorage.fileOf(access.currentTenantId(), jobId, format.extension());
            if (!Files.exists(file)) {
                throw new NotFoundException("error.export.thisExportsFileIsGone");
            }
            String project = documents.project(job.getProjectId()).name().replaceAll("[^A-Za-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
            return new Download(file, project + "-" + format.id() + "-" + jobId + "." + format.extension(),
                    format.mediaType(), Files.size(file));
        } catch (java.io.IOException e) {
            throw new NotFoundException("error.export.thisExportsFileCannotBe");
        }
    }

    private ExportJob existing(long jobId) {
        return repository.find(jobId).orElseThrow(() -> new NotFoundException("error.export.thisExportDoesNotExist"));
    }
}
