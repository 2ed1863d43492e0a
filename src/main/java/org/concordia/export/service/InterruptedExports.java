package org.concordia.export.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordia.export.model.ExportJobView;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantSummary;
import org.concordia.tenancy.service.TenantDirectory;

/**
 * At start, the exports that the server's previous run left waiting or half written (it was killed, or its machine
 * went down) are marked failed with a sentence saying so, and their partial files deleted: the exports page never
 * shows a job that nothing is writing as if it were still running. Each tenant in its own transaction, since a
 * Hibernate session belongs to one tenant.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class InterruptedExports {

    static final String WHY = "The server stopped while this export was being written; nothing of it was kept."
            + " Start it again.";

    private static final Logger LOG = Logger.getLogger(InterruptedExports.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportFormats formats;

    @PostConstruct
    void atStart() {
        failUnfinishedExports();
    }

    /** Marks every tenant's waiting or running exports failed; returns how many. Nothing else may be running. */
    public int failUnfinishedExports() {
        int count = 0;
        List<TenantSummary> tenants = ExecutionContext.supplyAs(UserIdentity.system(), null, directory::listTenants);
        for (TenantSummary tenant : tenants) {
            List<ExportJobView> failed = ExecutionContext.supplyAs(UserIdentity.system(), tenant.slug(),
                    () -> jobs.failUnfinished(WHY));
            for (ExportJobView job : failed) {
                deletePartialFile(tenant.slug(), job);
            }
            count += failed.size();
            if (!failed.isEmpty()) {
                LOG.warning(failed.size() + " unfinished export(s) of tenant " + tenant.slug()
                        + " marked failed: the server had stopped while they ran.");
            }
        }
        return count;
    }

    private void deletePartialFile(String tenant, ExportJobView job) {
        formats.find(job.format()).ifPresent(format -> {
            try {
                Files.deleteIfExists(ExportStorage.fileOf(tenant, job.id(), format.extension()));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The partial file of export " + job.id() + " could not be deleted", e);
            }
        });
    }
}
