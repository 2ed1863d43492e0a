package org.concordia.documents.model;

import java.time.Instant;

/**
 * Who imported a document and when: what a restored backup keeps of the document it was made from, instead of the
 * person restoring it and the moment of the restore.
 */
public record DocumentProvenance(String importedBy, Instant importedAt) {
}
