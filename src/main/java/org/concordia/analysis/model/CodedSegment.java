package org.concordia.analysis.model;

import java.io.Serializable;
import java.util.Map;

/**
 * A coding as retrieval shows it: the words coded, where they are (document, passage, its position from 0), which
 * claim type (with its path in the codebook), by whom, and what the coder filled in.
 */
public record CodedSegment(long codingId, long documentId, String documentTitle, long passageId, int passagePosition,
        long claimTypeId, String claimType, String coder, String quote, Map<String, String> attributes, String memo)
        implements Serializable {

    public CodedSegment {
        attributes = Map.copyOf(attributes);
    }
}
