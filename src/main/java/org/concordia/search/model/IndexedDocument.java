package org.concordia.search.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;

/**
 * Which state of a document's passages the search index holds: the fingerprint it was indexed at, and the language
 * its text was found to be in then (null: it could not be told).
 */
@Entity
@Table(name = "search_document")
public class IndexedDocument extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false, length = 200)
    private String fingerprint;

    @Column(length = 16)
    private String language;

    protected IndexedDocument() {
        // for JPA
    }

    public IndexedDocument(long projectId, long documentId, String fingerprint, String language) {
        this.projectId = projectId;
        this.documentId = documentId;
        this.fingerprint = fingerprint;
        this.language = language;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getLanguage() {
        return language;
    }

    public void indexedAt(String newFingerprint, String foundLanguage) {
        this.fingerprint = newFingerprint;
        this.language = foundLanguage;
    }
}
