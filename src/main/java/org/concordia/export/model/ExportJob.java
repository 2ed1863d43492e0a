package org.concordia.export.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.persistence.TenantOwnedEntity;

/** An export of a project in one format, written in the background, with its progress and its file. */
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

    protected ExportJob() {
        // for JPA
    }

    public ExportJob(long projectId, String format, String filter, String requestedBy) {
        this.projectId = projectId;
        this.format = format;
        this.filter = filter;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
        this.state = ExportState.QUEUED;
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
    }

    public void fail(String why) {
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
