package org.concordia.consensus.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.persistence.TenantOwnedEntity;

/** A gold-coded document offered to coders as an exercise: their codings of it are scored against gold. */
@Entity
@Table(name = "exercise")
public class Exercise extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "marked_by", nullable = false, updatable = false)
    private String markedBy;

    @Column(name = "marked_at", nullable = false, updatable = false)
    private Instant markedAt;

    protected Exercise() {
        // for JPA
    }

    public Exercise(long projectId, long documentId, String markedBy) {
        this.projectId = projectId;
        this.documentId = documentId;
        this.markedBy = markedBy;
        this.markedAt = Instant.now();
    }

    /** A backup's exercise, marked by whom and when it was. */
    public static Exercise restored(long projectId, long documentId, ExerciseRecord record) {
        Exercise exercise = new Exercise(projectId, documentId, record.markedBy());
        exercise.markedAt = record.markedAt();
        return exercise;
    }

    public ExerciseRecord record() {
        return new ExerciseRecord(markedBy, markedAt);
    }

    public long getProjectId() {
        return projectId;
    }

    public long getDocumentId() {
        return documentId;
    }
}
