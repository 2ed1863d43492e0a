package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordia.export.model.ExportFilePart;
import org.concordia.export.model.ExportFilter;
import org.concordia.export.model.ExportJob;
import org.concordia.export.model.ExportJobView;
import org.concordia.export.persistence.ExportJobRepository;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * A job's state changes, each committed at once (its own transaction), so that the exports page sees the progress
 * while the export is still writing, and every node of a cluster sees the job's lease.
 */
@NoTenantRoleRequired("the export jobs bookkeeping, called by ExportService and the running job")
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ExportJobs {

    @Inject
    ExportJobRepository jobs;

    public ExportJobView create(long projectId, String format, ExportFilter filter, String requestedBy,
            String node) {
        ExportJob job = new ExportJob(projectId, format, filter, requestedBy, node);
        jobs.add(job);
        return job.view();
    }

    /*
     * Every change a writer makes names the writer and is made only while it holds the job's lease (see
     * ExportJob.heldBy), so that a node that stalled, lost its job to another node and woke up again cannot mark the
     * job or replace its file. Each returns whether the writer still holds the lease.
     */

    public boolean start(long jobId, String writer, long total) {
        return heldBy(jobId, writer).map(j -> {
            j.start(total);
            return true;
        }).orElse(false);
    }

    public boolean progress(long jobId, String writer, long done, long total) {
        return heldBy(jobId, writer).map(j -> {
            j.progress(done, total);
            return true;
        }).orElse(false);
    }

    /** The node writing the job renews its lease. */
    public boolean heartbeat(long jobId, String writer) {
        return jobs.find(jobId).map(j -> j.heartbeat(writer)).orElse(false);
    }

    /**
     * Stores the written file in the database, in parts, and marks the job done, in one transaction: a job is done
     * exactly when its whole file is there for any node to serve. Parts left by an earlier attempt go first. The job
     * is locked while this is decided, as a take-over locks it: a writer finishes only a job still its own.
     */
    public boolean finish(long jobId, String writer, Path file, long rows) {
        Optional<ExportJob> held = jobs.lock(jobId).filter(j -> j.heldBy(writer));
        if (held.isEmpty()) {
            return false;
        }
        jobs.removeParts(jobId);
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            byte[] buffer;
            for (int seq = 0; (buffer = in.readNBytes(ExportFilePart.SIZE)).length > 0; seq++) {
                jobs.addPart(new ExportFilePart(jobId, seq, buffer));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The written export could not be stored", e);
        }
        held.get().finish(file.getFileName().toString(), size, rows);
        return true;
    }

    public boolean fail(long jobId, String writer, String why) {
        return jobs.lock(jobId).filter(j -> j.heldBy(writer)).map(j -> {
            j.fail(why);
            return true;
        }).orElse(false);
    }

    private Optional<ExportJob> heldBy(long jobId, String writer) {
        return jobs.find(jobId).filter(j -> j.heldBy(writer));
    }

    /** Part {@code seq} of a finished job's file; empty past its last part. */
    public Optional<byte[]> part(long jobId, int seq) {
        return jobs.part(jobId, seq);
    }

    public boolean hasParts(long jobId) {
        return jobs.partCount(jobId) > 0;
    }

    /**
     * The current tenant's jobs that wait or are being written by a node that stopped renewing its lease before
     * {@code staleBefore}, or by {@code deadNode} (this node, starting again after it died), with their ids. In
     * a transaction of its own, as every method here: outside one, the server would hand a sweep that goes through
     * every tenant the persistence context it opened for the first.
     */
    public List<Long> orphans(Instant staleBefore, String deadNode) {
        List<Long> orphans = new ArrayList<>();
        for (ExportJob job : jobs.unfinished()) {
            if (job.orphaned(staleBefore, deadNode)) {
                orphans.add(job.getId());
            }
        }
        return orphans;
    }

    /**
     * {@code writer} takes the job over if it is still orphaned (see {@link #orphans}), unless another node did first (the job is locked while this is
     * decided, so exactly one node wins) or it was taken over {@code maxAttempts} times already: then it is failed,
     * saying {@code why}. Returns what to write again: the job with its filter, or empty.
     */
    public Optional<Orphan> takeOver(long jobId, Instant staleBefore, String deadNode, String writer, int maxAttempts,
            String why) {
        Optional<ExportJob> locked = jobs.lock(jobId).filter(job -> job.orphaned(staleBefore, deadNode));
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        ExportJob job = locked.get();
        ExportFilter filter = job.filterOrNull();
        if (job.attempts() >= maxAttempts || filter == null) {
            job.fail(why);
            return Optional.empty();
        }
        job.takeOver(writer);
        return Optional.of(new Orphan(job.view(), filter));
    }

    /** A job taken over from a node that died: what to write again. */
    public record Orphan(ExportJobView job, ExportFilter filter) {
    }
}
