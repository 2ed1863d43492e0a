package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.concordia.export.model.ExportJob;
import org.concordia.export.model.ExportJobView;
import org.concordia.export.persistence.ExportJobRepository;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/**
 * A job's state changes, each committed at once (its own transaction), so that the exports page sees the progress
 * while the export is still writing.
 */
@NoTenantRoleRequired("the export jobs bookkeeping, called by ExportService and the running job")
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ExportJobs {

    @Inject
    ExportJobRepository jobs;

    public ExportJobView create(long projectId, String format, String filter, String requestedBy) {
        ExportJob job = new ExportJob(projectId, format, filter, requestedBy);
        jobs.add(job);
        return job.view();
    }

    public void start(long jobId, long total) {
        jobs.find(jobId).ifPresent(j -> j.start(total));
    }

    public void progress(long jobId, long done, long total) {
        jobs.find(jobId).ifPresent(j -> j.progress(done, total));
    }

    public void finish(long jobId, String fileName, long size, long rows) {
        jobs.find(jobId).ifPresent(j -> j.finish(fileName, size, rows));
    }

    public void fail(long jobId, String why) {
        jobs.find(jobId).ifPresent(j -> j.fail(why));
    }

    /**
     * Marks the current tenant's exports that were waiting or being written as failed, saying why: what a server
     * that starts again does with the jobs its previous run left unfinished. Returns them.
     */
    public List<ExportJobView> failUnfinished(String why) {
        List<ExportJobView> failed = new java.util.ArrayList<>();
        for (ExportJob job : jobs.unfinished()) {
            job.fail(why);
            failed.add(job.view());
        }
        return failed;
    }
}
