package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.Map;

/**
 * A gold coding as a supervisor proposes it: copied from a coder's coding ({@code sourceCoder} names them) or written
 * new ({@code sourceCoder} null).
 */
public record GoldCodingDraft(long claimTypeId, int start, int end, Map<String, String> attributes, String memo,
        String sourceCoder) implements Serializable {

    public GoldCodingDraft {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
