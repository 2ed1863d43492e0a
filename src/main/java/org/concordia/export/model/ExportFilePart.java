package org.concordia.export.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;

/**
 * One part of a finished export's file, in the database so that any node of a cluster can serve the download. A
 * file is cut into parts of {@link #SIZE} bytes, numbered from 0.
 */
@Entity
@Table(name = "export_file_part")
public class ExportFilePart extends TenantOwnedEntity {

    /** Half a megabyte: small enough to hold one at a time, large enough for few rows per file. */
    public static final int SIZE = 512 * 1024;

    @Column(name = "job_id", nullable = false, updatable = false)
    private long jobId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(nullable = false, updatable = false, columnDefinition = "bytea")
    private byte[] bytes;

    protected ExportFilePart() {
        // for JPA
    }

    public ExportFilePart(long jobId, int seq, byte[] bytes) {
        this.jobId = jobId;
        this.seq = seq;
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes;
    }
}
