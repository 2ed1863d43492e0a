package org.concordia.consensus.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import org.concordia.coding.model.AttributeValues;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/**
 * A coding of the gold standard: its own layer, apart from the coders' codings, written only by an adjudication.
 * Offsets are code points of the document's cleaned text, end exclusive, like codings.
 */
@Entity
@Audited
@Table(name = "gold_coding")
public class GoldCoding extends TenantOwnedEntity {

    @Column(name = "adjudication_id", nullable = false, updatable = false)
    private long adjudicationId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "passage_id", nullable = false, updatable = false)
    private long passageId;

    @Column(name = "claim_type_id", nullable = false, updatable = false)
    private long claimTypeId;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int endOffset;

    @Column(name = "attribute_values", length = 8000, updatable = false)
    private String attributeValues;

    @Column(length = 4000, updatable = false)
    private String memo;

    @Column(name = "source_coder", updatable = false)
    private String sourceCoder;

    protected GoldCoding() {
        // for JPA
    }

    public GoldCoding(Adjudication adjudication, GoldCodingDraft draft) {
        this.adjudicationId = adjudication.getId();
        this.projectId = adjudication.getProjectId();
        this.documentId = adjudication.getDocumentId();
        this.passageId = adjudication.getPassageId();
        this.claimTypeId = draft.claimTypeId();
        this.startOffset = draft.start();
        this.endOffset = draft.end();
        this.attributeValues = AttributeValues.encode(draft.attributes());
        this.memo = draft.memo() == null || draft.memo().isBlank() ? null : draft.memo().strip();
        this.sourceCoder = draft.sourceCoder();
    }

    public GoldCodingView view() {
        Map<String, String> attributes = AttributeValues.decode(attributeValues);
        return new GoldCodingView(getId(), documentId, passageId, claimTypeId, startOffset, endOffset, attributes,
                memo, sourceCoder);
    }
}
