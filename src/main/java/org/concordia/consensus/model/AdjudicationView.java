package org.concordia.consensus.model;

import java.io.Serializable;
import java.time.Instant;

/** A passage's decision as screens show it; {@code version} is what a later revision must name. */
public record AdjudicationView(long id, long version, long passageId, AdjudicationMethod method, String takenFrom,
        String rationale, String decidedBy, Instant decidedAt) implements Serializable {

    /** "took ada's version", "merged the coders' versions". */
    public String how() {
        return method.described(takenFrom);
    }
}
