package org.concordia.search.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;

/** Which state of a document's passages the search index holds: the fingerprint it was indexed at. */
@Entity
@Table(name = "search_document")
public class IndexedDocument extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false, length = 200)
    private String fingerprint;

    protected IndexedDocument() {
        // for JPA
    }

    public IndexedDocument(long projectId, long documentId, String fingerprint) {
        this.projectId = projectId;
        this.documentId = documentId;
        this.fingerprint = fingerprint;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public void indexedAt(String newFingerprint) {
        this.fingerprint = newFingerprint;
    }
}
