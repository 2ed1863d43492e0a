package org.concordia.consensus.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/**
 * A supervisor's decision about one passage: how the gold codings were arrived at and why. One per passage (a unique
 * key), revised in place under its version, so two supervisors deciding at once cannot both win unnoticed.
 */
@Entity
@Audited
@Table(name = "adjudication")
public class Adjudication extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "passage_id", nullable = false, updatable = false)
    private long passageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdjudicationMethod method;

    @Column(name = "taken_from")
    private String takenFrom;

    @Column(nullable = false, length = 4000)
    private String rationale;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Adjudication() {
        // for JPA
    }

    public Adjudication(long projectId, long documentId, long passageId) {
        this.projectId = projectId;
        this.documentId = documentId;
        this.passageId = passageId;
    }

    public void decide(AdjudicationMethod how, String fromCoder, String why, String by) {
        this.method = how;
        this.takenFrom = how == AdjudicationMethod.TAKEN ? fromCoder : null;
        this.rationale = why;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    /** A decision restored from a backup as it was made: by whom and when. */
    public void restore(AdjudicationMethod how, String fromCoder, String why, String by, java.time.Instant at) {
        decide(how, fromCoder, why, by);
        if (at != null) {
            this.decidedAt = at;
        }
    }

    public AdjudicationView view() {
        return new AdjudicationView(getId(), getVersion(), passageId, method, takenFrom, rationale, decidedBy,
                decidedAt);
    }

    public long getProjectId() {
        return projectId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public long getPassageId() {
        return passageId;
    }
}
