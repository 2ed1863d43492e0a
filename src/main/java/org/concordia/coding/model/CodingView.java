package org.concordia.coding.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** A coding as screens, exports and other features see it. Offsets are code points, end exclusive. */
public record CodingView(long id, long documentId, long passageId, long claimTypeId, int start, int end, String coder,
        int codebookVersion, Map<String, String> attributes, String memo, Instant createdAt) implements Serializable {
}
