package org.concordia.documents.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;

/** One clean-up decision of a document as stored: what the import review page lists. */
@Entity
@Table(name = "cleanup_step")
public class CleanupStepRecord extends TenantOwnedEntity {

    private static final int MAX_TEXT = 2000;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false)
    private int position;

    @Column(name = "step_key", nullable = false, length = 120)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CleanupKind kind;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false)
    private int page;

    @Column(nullable = false)
    private boolean undone;

    protected CleanupStepRecord() {
        // for JPA
    }

    public CleanupStepRecord(long documentId, int position, CleanupStep step) {
        this.documentId = documentId;
        this.position = position;
        this.key = step.key();
        this.kind = step.kind();
        this.text = step.text().length() <= MAX_TEXT ? step.text() : step.text().substring(0, MAX_TEXT - 1) + "\u2026";
        this.reason = step.reason().length() <= 500 ? step.reason() : step.reason().substring(0, 499) + "\u2026";
        this.page = step.page();
        this.undone = step.undone();
    }

    public CleanupStep step() {
        return new CleanupStep(key, kind, text, reason, page, undone);
    }

    public long getDocumentId() {
        return documentId;
    }
}
