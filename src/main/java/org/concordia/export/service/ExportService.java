package org.concordia.export.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
import org.concordia.platform.context.ServerNode;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.NoTenantRoleRequired;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Exports run as background jobs: {@link #start} records the job and hands it to the server's managed executor,
 * which writes the file as the requesting supervisor in their tenant, committing progress as it goes, into a
 * temporary file that is then stored in the database, where every node of a cluster can serve its download. Formats
 * stream: memory stays flat whatever the size of the project. While it writes, the job renews its lease every few
 * seconds; a job whose node dies is taken over by another ({@link OrphanedExports}) and written again.
 */
@ApplicationScoped
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class.getName());

    /** How often a job being written renews its lease. */
    static final java.time.Duration HEARTBEAT = java.time.Duration.ofSeconds(5);

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

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
        ExportJobView job = jobs.create(projectId, format.id(), checked, user.username(), ServerNode.name());
        submit(job, checked, user, tenant);
        return job;
    }

    /**
     * Writes again, on this node, an export taken over from a node that died, as the supervisor who asked for it.
     */
    void resume(ExportJobs.Orphan orphan, String tenant) {
        ExportJobView job = orphan.job();
        submit(job, orphan.filter(), UserIdentity.named(job.requestedBy()), tenant);
    }

    /**
     * Hands the job to this node's executor. Its lease is renewed from this moment, not from when the executor runs
     * it: a job waiting behind others in a busy node's queue is not orphaned, and must not be written by a second
     * node as well.
     */
    private void submit(ExportJobView job, ExportFilter filter, UserIdentity user, String tenant) {
        ExportFormatSupport format = formats.find(job.format()).orElseThrow();
        String node = ServerNode.name();
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(() -> renewLease(job.id(), node, user, tenant),
                HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            executor.submit(() -> {
                try {
                    ExecutionContext.runAs(user, tenant, () -> run(job.id(), node, job.projectId(), format, filter));
                } finally {
                    heartbeat.cancel(false);
                }
            });
        } catch (RejectedExecutionException e) {
            heartbeat.cancel(false);
            throw e;
        }
    }

    private void renewLease(long jobId, String node, UserIdentity user, String tenant) {
        try {
            ExecutionContext.runAs(user, tenant, () -> jobs.heartbeat(jobId, node));
        } catch (RuntimeException e) {
            // a database that is away for a moment: the next tick tries again, and the lease allows for six misses
            LOG.log(Level.WARNING, "Export " + jobId + " could not renew its lease", e);
        }
    }

    /**
     * Writes the export as {@code writer}, the node holding the job's lease; on any failure the job says why and
     * nothing of its file stays behind. A writer that finds its job taken over by another node stops and leaves
     * the job to it.
     */
    void run(long jobId, String writer, long projectId, ExportFormatSupport format, ExportFilter filter) {
        Path file = null;
        try {
            ExportSource source = sources.get().open(projectId, filter);
            long expected = format.expectedRows(source);
            if (!jobs.start(jobId, writer, expected)) {
                throw new JobProgress.LeaseLost(jobId, writer);
            }
            JobProgress progress = new JobProgress(jobs, jobId, writer, expected,
                    source.documents().stream().mapToLong(DocumentSummary::passageCount).sum());
            source.onDocumentWritten(progress::documentWritten);
            file = Files.createTempFile("concordia-export-" + jobId + "-", "." + format.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                format.write(source, out, progress);
            }
            if (!jobs.finish(jobId, writer, file, progress.rows())) {
                throw new JobProgress.LeaseLost(jobId, writer);
            }
        } catch (JobProgress.LeaseLost e) {
            LOG.info(e.getMessage() + "; this node's copy is dropped");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Export " + jobId + " failed", e);
            jobs.fail(jobId, writer, "The export failed: " + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    LOG.log(Level.WARNING, "The temporary file of export " + jobId + " could not be deleted", e);
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
        if (!jobs.hasParts(jobId)) {
            throw new NotFoundException("error.export.thisExportsFileIsGone");
        }
        String project = documents.project(job.getProjectId()).name().replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        // the bytes are written after this returns (a servlet's or JAX-RS's stream), read as who asked for them
        UserIdentity user = access.currentUser();
        String tenant = access.currentTenantId();
        return new Download(out -> {
            java.util.Optional<byte[]> part;
            for (int seq = 0; ; seq++) {
                int next = seq;
                part = ExecutionContext.supplyAs(user, tenant, () -> jobs.part(jobId, next));
                if (part.isEmpty()) {
                    break;
                }
                out.write(part.get());
            }
        }, project + "-" + format.id() + "-" + jobId + "." + format.extension(), format.mediaType(),
                view.fileSize() == null ? -1 : view.fileSize());
    }

    private ExportJob existing(long jobId) {
        return repository.find(jobId).orElseThrow(() -> new NotFoundException("error.export.thisExportDoesNotExist"));
    }
}
