package org.concordia.coding.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/**
 * A coder's claim about a span of a passage: which claim type, where (code points in the document's cleaned text,
 * end exclusive), under which codebook version, with which attribute values and memo.
 */
@Entity
@Audited
@Table(name = "coding")
public class Coding extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "passage_id", nullable = false, updatable = false)
    private long passageId;

    @Column(name = "claim_type_id", nullable = false)
    private long claimTypeId;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int endOffset;

    @Column(nullable = false, updatable = false)
    private String coder;

    @Column(name = "codebook_version", nullable = false)
    private int codebookVersion;

    @Column(name = "attribute_values", length = 8000)
    private String attributeValues;

    @Column(length = 4000)
    private String memo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Coding() {
        // for JPA
    }

    public Coding(long projectId, long documentId, long passageId, long claimTypeId, int startOffset, int endOffset,
            String coder, int codebookVersion) {
        this.projectId = projectId;
        this.documentId = documentId;
        this.passageId = passageId;
        this.claimTypeId = claimTypeId;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.coder = coder;
        this.codebookVersion = codebookVersion;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** A coding brought back from a backup keeps the time it was first made. */
    public void restoreCreationTime(Instant originallyCreated) {
        if (originallyCreated != null) {
            this.createdAt = originallyCreated;
        }
    }

    /** New attribute values and memo, checked by the service against the claim type's schema. */
    public void describe(Map<String, String> values, String newMemo, int version) {
        this.attributeValues = AttributeValues.encode(values);
        this.memo = newMemo == null || newMemo.isBlank() ? null : newMemo.strip();
        this.codebookVersion = version;
        this.updatedAt = Instant.now();
    }

    public CodingView view() {
        return new CodingView(getId(), documentId, passageId, claimTypeId, startOffset, endOffset, coder,
                codebookVersion, AttributeValues.decode(attributeValues), memo, createdAt);
    }

    /** The columns {@link #view(Object[])} reads, for queries that read many codings without loading entities. */
    public static final String VIEW_COLUMNS = "c.id, c.documentId, c.passageId, c.claimTypeId, c.startOffset,"
            + " c.endOffset, c.coder, c.codebookVersion, c.attributeValues, c.memo, c.createdAt";

    /** A coding's view from a row of {@link #VIEW_COLUMNS}. */
    public static CodingView view(Object[] row) {
        return new CodingView((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3], (Integer) row[4],
                (Integer) row[5], (String) row[6], (Integer) row[7], AttributeValues.decode((String) row[8]),
                (String) row[9], (Instant) row[10]);
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
}
