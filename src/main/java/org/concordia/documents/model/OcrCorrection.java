package org.concordia.documents.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;

/** A word a supervisor corrected everywhere in a document ("Irag" to "Iraq"); clean-up applies it on every run. */
@Entity
@Table(name = "ocr_correction")
public class OcrCorrection extends TenantOwnedEntity {

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false, length = 200)
    private String word;

    @Column(nullable = false, length = 200)
    private String replacement;

    protected OcrCorrection() {
        // for JPA
    }

    public OcrCorrection(long documentId, String word, String replacement) {
        this.documentId = documentId;
        this.word = word;
        this.replacement = replacement;
    }

    public String getWord() {
        return word;
    }

    public String getReplacement() {
        return replacement;
    }
}
