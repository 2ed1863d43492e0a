package org.concordia.documents.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;

/**
 * One named value describing a document beyond its fixed details ("gender: female", "wave: 2", "region: Basra"),
 * as REFI-QDA variables and case attributes carry them; a document's variables keep the order they were given in.
 */
@Entity
@Table(name = "document_variable")
public class DocumentVariable extends TenantOwnedEntity {

    public static final int MAX_NAME = 200;
    public static final int MAX_VALUE = 2000;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "text", nullable = false, length = MAX_VALUE)
    private String value;

    protected DocumentVariable() {
        // for JPA
    }

    public DocumentVariable(long documentId, int position, String name, String value) {
        this.documentId = documentId;
        this.position = position;
        this.name = name;
        this.value = value;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
