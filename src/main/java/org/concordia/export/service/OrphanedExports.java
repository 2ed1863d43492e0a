package org.concordia.export.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.context.ServerNode;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantSummary;
import org.concordia.tenancy.service.TenantDirectory;

/**
 * Exports whose node died while it wrote them (killed, its machine gone) are taken over by a node that lives, and
 * written again from the start: at this node's start (the exports its own previous run left), then every few seconds
 * for every node's (a job whose lease was not renewed for {@link #LEASE}). Every node sweeps; the job is locked while
 * one takes it over, so exactly one does, in a single server as in a cluster. A job taken over
 * {@link #MAX_ATTEMPTS} times is failed with a sentence saying so, rather than tried for ever. Each tenant in its own
 * transaction, since a Hibernate session belongs to one tenant.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class OrphanedExports {

    static final String WHY = "The server stopped while this export was being written, more than once; nothing of it"
            + " was kept. Start it again.";

    /** A job whose lease was not renewed for this long has lost its node: six missed heartbeats. */
    static final Duration LEASE = ExportService.HEARTBEAT.multipliedBy(6);

    static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(OrphanedExports.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportService exports;

    @PostConstruct
    void atStart() {
        takeOverOrphans(ServerNode.name());
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void everyFewSeconds() {
        takeOverOrphans("");
    }

    /**
     * Takes over every tenant's orphaned exports: those whose lease ran out, and those of {@code deadNode} (this
     * node, starting again; empty for none). Returns how many this node took over.
     */
    public int takeOverOrphans(String deadNode) {
        int taken = 0;
        try {
            Instant staleBefore = Instant.now().minus(LEASE);
            List<TenantSummary> tenants = ExecutionContext.supplyAs(UserIdentity.system(), null,
                    directory::listTenants);
            for (TenantSummary tenant : tenants) {
                taken += takeOver(tenant.slug(), staleBefore, deadNode);
            }
        } catch (RuntimeException e) {
            // the database away, say: the next sweep tries again
            LOG.log(Level.WARNING, "Looking for exports left by a stopped server failed", e);
        }
        return taken;
    }

    private int takeOver(String tenant, Instant staleBefore, String deadNode) {
        int taken = 0;
        String node = ServerNode.name();
        List<Long> orphans = ExecutionContext.supplyAs(UserIdentity.system(), tenant,
                () -> jobs.orphans(staleBefore, deadNode));
        for (long jobId : orphans) {
            Optional<ExportJobs.Orphan> orphan = ExecutionContext.supplyAs(UserIdentity.system(), tenant,
                    () -> jobs.takeOver(jobId, staleBefore, deadNode, node, MAX_ATTEMPTS, WHY));
            if (orphan.isPresent()) {
                LOG.warning("Export " + jobId + " of tenant " + tenant + " lost the server writing it; " + node
                        + " writes it again.");
                exports.resume(orphan.get(), tenant);
                taken++;
            }
        }
        return taken;
    }
}
