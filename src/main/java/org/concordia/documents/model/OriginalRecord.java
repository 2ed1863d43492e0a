package org.concordia.documents.model;

import java.util.List;
import java.util.Map;

/**
 * What a backup keeps of a document beyond its cleaned text and passages, so that its clean-up can still be
 * corrected in the restored copy: the file as it was uploaded, its media type, the text extracted from it before
 * clean-up, every clean-up decision (undone ones marked) and the words corrected by hand.
 */
public record OriginalRecord(byte[] content, String mediaType, String originalText, List<CleanupStep> steps,
        Map<String, String> corrections) {

    public OriginalRecord {
        steps = List.copyOf(steps);
        corrections = Map.copyOf(corrections);
    }
}
