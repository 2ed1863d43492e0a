package org.concordia.coding.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/**
 * A document a coder is to code, by when. Submitting it says the coder is done: their codings of the document are
 * then frozen until a supervisor reopens it.
 */
@Entity
@Audited
@Table(name = "assignment")
public class Assignment extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false, updatable = false)
    private String coder;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Assignment() {
        // for JPA
    }

    public Assignment(long projectId, long documentId, String coder, LocalDate dueOn, String assignedBy) {
        this.projectId = projectId;
        this.documentId = documentId;
        this.coder = coder;
        this.dueOn = dueOn;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    public void submit() {
        if (submittedAt != null) {
            throw new InvalidInputException("This document was submitted already.");
        }
        submittedAt = Instant.now();
    }

    public void reopen() {
        submittedAt = null;
    }

    public void dueOn(LocalDate newDue) {
        this.dueOn = newDue;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getCoder() {
        return coder;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
