package org.concordia.documents.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/**
 * A unit of coding: a heading, paragraph or bullet item of a document's cleaned text, by code-point offsets (end
 * exclusive). A supervisor may exclude passages that are not part of the source (a donation widget, comments).
 */
@Entity
@Audited
@Table(name = "passage")
public class Passage extends TenantOwnedEntity {

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PassageKind kind;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(nullable = false)
    private boolean excluded;

    /** "ltr" or "rtl", from the passage's letters at import ({@link TextDirection}). */
    @Column(nullable = false, length = 3)
    private String direction = TextDirection.LTR;

    protected Passage() {
        // for JPA
    }

    public Passage(long documentId, int position, PassageSpan span) {
        this.documentId = documentId;
        this.position = position;
        this.kind = span.kind();
        this.startOffset = span.start();
        this.endOffset = span.end();
        // Notes are kept with the document but not coded unless a supervisor includes them.
        this.excluded = span.kind() == PassageKind.NOTE;
    }

    /** A passage whose direction is known ({@link TextDirection}). */
    public Passage(long documentId, int position, PassageSpan span, String direction) {
        this(documentId, position, span);
        this.direction = direction;
    }

    public PassageSpan span() {
        return new PassageSpan(kind, startOffset, endOffset);
    }

    /** Takes in the next passage's text; excluded only if both were. A heading followed by text becomes text. */
    public void absorb(Passage next) {
        if (next.documentId != documentId || next.startOffset < endOffset) {
            throw new IllegalArgumentException("Only a passage and the one after it can be merged");
        }
        if (kind == PassageKind.HEADING) {
            kind = next.kind;
        }
        endOffset = next.endOffset;
        excluded = excluded && next.excluded;
    }

    /**
     * Ends this passage at {@code end} and returns the rest, from {@code restStart}, as a new passage of the same
     * kind at the next position (the caller makes room there).
     */
    public Passage splitOff(int end, int restStart) {
        if (end <= startOffset || restStart < end || restStart >= endOffset) {
            throw new IllegalArgumentException("Split point outside the passage");
        }
        Passage rest = new Passage(documentId, position + 1, new PassageSpan(kind, restStart, endOffset));
        rest.excluded = excluded;
        rest.direction = direction;
        endOffset = end;
        return rest;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public void exclude(boolean excludedFromCoding) {
        this.excluded = excludedFromCoding;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getPosition() {
        return position;
    }

    /** Changes what the passage is (a heading the import took for a paragraph, a note that is text). */
    public void changeKind(PassageKind newKind) {
        this.kind = newKind;
    }

    public String getDirection() {
        return direction;
    }

    public boolean isExcluded() {
        return excluded;
    }
}
