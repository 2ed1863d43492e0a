package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.Map;

/** A gold coding as screens and exports see it; {@code sourceCoder} is whose coding it was copied from, if any. */
public record GoldCodingView(long id, long documentId, long passageId, long claimTypeId, int start, int end,
        Map<String, String> attributes, String memo, String sourceCoder) implements Serializable {
}
