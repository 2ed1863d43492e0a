package org.concordia.export.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.persistence.TenantOwnedEntity;

/**
 * An export of a project in one format, written in the background, with its progress and its file. While it is
 * waiting or being written it holds a lease: the node writing it and that node's last heartbeat. A job whose
 * heartbeat is older than the lease was left by a node that died, and another node takes it over
 * ({@link #takeOver}), a few times at most.
 */
@Entity
@Table(name = "export_job")
public class ExportJob extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, updatable = false, length = 50)
    private String format;

    @Column(nullable = false, updatable = false, length = 4000)
    private String filter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExportState state;

    @Column(name = "rows_done", nullable = false)
    private long rowsDone;

    @Column(name = "rows_total", nullable = false)
    private long rowsTotal;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(length = 1000)
    private String message;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "filter_spec", updatable = false, length = 100_000)
    private String filterSpec;

    @Column(length = 255)
    private String node;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(nullable = false)
    private int attempts;

    protected ExportJob() {
        // for JPA
    }

    public ExportJob(long projectId, String format, ExportFilter filter, String requestedBy, String node) {
        this.projectId = projectId;
        this.format = format;
        this.filter = filter.describe();
        this.filterSpec = filter.spec();
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
        this.state = ExportState.QUEUED;
        this.node = node;
        this.heartbeatAt = requestedAt;
        this.attempts = 1;
    }

    /** The node writing the job says it still is; false if the job is no longer {@code writer}'s to write. */
    public boolean heartbeat(String writer) {
        if (heldBy(writer)) {
            this.heartbeatAt = Instant.now();
        }
        return heldBy(writer);
    }

    /**
     * Whether {@code writer} holds the job's lease: it queued the job or took it over, and nobody took it from it
     * since. A node that lost the lease (it stalled past it, and another node took the job over) must not touch the
     * job again.
     */
    public boolean heldBy(String writer) {
        return writer != null && writer.equals(node);
    }

    /**
     * Whether the job waits or is being written by a node that stopped saying so: its heartbeat is older than
     * {@code staleBefore}, or it names {@code deadNode} (this very node, starting again after it died).
     */
    public boolean orphaned(Instant staleBefore, String deadNode) {
        boolean unfinished = state == ExportState.QUEUED || state == ExportState.RUNNING;
        return unfinished && (heartbeatAt == null || heartbeatAt.isBefore(staleBefore) || deadNode.equals(node));
    }

    /** {@code writer} takes over the job from a node that died: it is written again from the start. */
    public void takeOver(String writer) {
        this.node = writer;
        this.heartbeatAt = Instant.now();
        this.attempts++;
        this.state = ExportState.QUEUED;
        this.rowsDone = 0;
    }

    public int attempts() {
        return attempts;
    }

    /** The filter it was started with; null for jobs started before filters were kept. */
    public ExportFilter filterOrNull() {
        return filterSpec == null ? null : ExportFilter.fromSpec(filterSpec);
    }

    public void start(long total) {
        this.state = ExportState.RUNNING;
        this.rowsTotal = total;
    }

    /** Rows written so far, of a total that may be a projection while the export runs. */
    public void progress(long done, long total) {
        this.rowsDone = done;
        this.rowsTotal = total;
    }

    public void finish(String name, long size, long rows) {
        this.state = ExportState.DONE;
        this.fileName = name;
        this.fileSize = size;
        this.rowsDone = rows;
        this.rowsTotal = Math.max(rowsTotal, rows);
        this.finishedAt = Instant.now();
        this.node = null;
    }

    public void fail(String why) {
        this.node = null;
        this.state = ExportState.FAILED;
        this.message = why == null ? "unknown error" : why.substring(0, Math.min(1000, why.length()));
        this.finishedAt = Instant.now();
    }

    public ExportJobView view() {
        return new ExportJobView(getId(), projectId, format, filter, state, rowsDone, rowsTotal, fileName, fileSize,
                message, requestedBy, requestedAt, finishedAt);
    }

    public long getProjectId() {
        return projectId;
    }

    public String getFormat() {
        return format;
    }

    public String getRequestedBy() {
        return requestedBy;
    }
}
