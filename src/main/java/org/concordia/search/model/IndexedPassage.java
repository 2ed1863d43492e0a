package org.concordia.search.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;

/**
 * A passage as search finds it: its analysed terms ({@link org.concordia.search.service.SearchTerms#indexed}), kept
 * beside the documents' own tables and read again whenever its document's passages change. Not audited: it is
 * derived from the text, which is.
 */
@Entity
@Table(name = "search_passage")
public class IndexedPassage extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "passage_id", nullable = false, updatable = false)
    private long passageId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String terms;

    protected IndexedPassage() {
        // for JPA
    }

    public IndexedPassage(long projectId, long documentId, long passageId, int position, String terms) {
        this.projectId = projectId;
        this.documentId = documentId;
        this.passageId = passageId;
        this.position = position;
        this.terms = terms;
    }
}
