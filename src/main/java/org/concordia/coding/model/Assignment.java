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
 * then frozen until a supervisor reopens it. Coding is blind: the coder sees other coders' codings of the document
 * only once a supervisor has revealed them, after everybody submitted.
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

    /** When a supervisor let the document's coders see each other's codings (blind until then). */
    @Column(name = "revealed_at")
    private Instant revealedAt;

    @Column(name = "revealed_by")
    private String revealedBy;

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

    /** An assignment restored from a backup as it was, times included, in the project it is restored into. */
    public static Assignment restored(long projectId, AssignmentRecord record) {
        Assignment assignment = new Assignment(projectId, record.documentId(), record.coder(), record.dueOn(),
                record.assignedBy());
        if (record.assignedAt() != null) {
            assignment.assignedAt = record.assignedAt();
        }
        assignment.submittedAt = record.submittedAt();
        if (record.submittedAt() != null) {
            assignment.revealedAt = record.revealedAt();
            assignment.revealedBy = record.revealedAt() == null ? null : record.revealedBy();
        }
        return assignment;
    }

    /** What a backup keeps of this assignment. */
    public AssignmentRecord record() {
        return new AssignmentRecord(documentId, coder, assignedBy, assignedAt, dueOn, submittedAt, revealedAt,
                revealedBy);
    }

    public void submit() {
        if (submittedAt != null) {
            throw new InvalidInputException("error.coding.thisDocumentWasSubmittedAlready");
        }
        submittedAt = Instant.now();
    }

    /** Lets the coder see the other coders' codings of the document; only once they have submitted their own. */
    public void reveal(String supervisor) {
        if (submittedAt == null) {
            throw new InvalidInputException("error.coding.hasNotSubmittedThisDocument", coder);
        }
        if (revealedAt == null) {
            revealedAt = Instant.now();
            revealedBy = supervisor;
        }
    }

    public boolean isRevealed() {
        return revealedAt != null;
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
