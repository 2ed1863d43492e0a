package org.concordia.claims.model;

import java.io.Serializable;
import java.util.List;

/**
 * A passage of a source whose coders have not (yet) said one thing, with every coder's claims in it. It is shown
 * beside a proposition as "unsettled in this source", linked to the passage in Review, and never counted as a
 * conflict between sources nor taken as a verdict's evidence.
 */
public record UnsettledPassage(long documentId, long passageId, String source, UnsettledReason reason,
        List<StructuredClaim> claims) implements Serializable {

    public UnsettledPassage {
        claims = List.copyOf(claims);
    }
}
