package org.concordia.documents.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;

/** The file a document was imported from, byte for byte, kept beside the cleaned text. Not audited. */
@Entity
@Table(name = "document_file")
public class DocumentFile extends TenantOwnedEntity {

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected DocumentFile() {
        // for JPA
    }

    public DocumentFile(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
