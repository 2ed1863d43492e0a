package org.concordia.documents.model;

import java.io.Serializable;
import java.time.Instant;

/** A document as lists and other features see it, without its text. */
public record DocumentSummary(long id, long projectId, DocumentMetadata metadata, String originalFilename,
        String mediaType, int passageCount, String importedBy, Instant importedAt, Instant codingStartedAt)
        implements Serializable {

    public String title() {
        return metadata.title();
    }

    /** Once the first coding is made the text and its passages are frozen: codings point into them by offsets. */
    public boolean frozen() {
        return codingStartedAt != null;
    }
}
