package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One passage in the review queue: its state, the document's coders, which claim types each of them applied there,
 * and how much discussion it has had. {@code excerpt} is the start of the passage's text.
 */
public record PassageConsensus(long documentId, String documentTitle, long passageId, int position, String excerpt,
        ConsensusState state, List<String> coders, Map<String, Set<Long>> claimTypesByCoder, int comments,
        int votes) implements Serializable {

    /** Every claim type some coder applied here. */
    public Set<Long> claimTypes() {
        return claimTypesByCoder.values().stream().flatMap(Set::stream)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
