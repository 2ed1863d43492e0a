package org.concordia.consensus.model;

import java.io.Serializable;

/** What the review queue shows: passages in a state, optionally of one document, claim type or coder. */
public record ReviewFilter(ConsensusState state, Long documentId, Long claimTypeId, String coder)
        implements Serializable {

    public static ReviewFilter disputed() {
        return new ReviewFilter(ConsensusState.DISPUTED, null, null, null);
    }

    public boolean matches(PassageConsensus passage) {
        return (state == null || passage.state() == state)
                && (documentId == null || passage.documentId() == documentId)
                && (claimTypeId == null || passage.claimTypes().contains(claimTypeId))
                && (coder == null || coder.isBlank() || passage.coders().contains(coder));
    }
}
