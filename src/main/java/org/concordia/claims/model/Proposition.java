package org.concordia.claims.model;

import java.io.Serializable;
import java.util.List;

/**
 * What several claims are about: one object, one relation family, one time window ("support for al-Kazimi's
 * premiership, 2020"), with the claims of every source and the conflicts between them. {@code key} identifies the
 * proposition across recomputations (object id, family, window).
 */
public record Proposition(String key, Long objectId, String object, String family, String window,
        List<StructuredClaim> claims, List<Conflict> conflicts) implements Serializable {

    public boolean contested() {
        return !conflicts.isEmpty();
    }

    /** "stance towards Mustafa al-Kadhimi, 2020" */
    public String title() {
        return family + " towards " + object + (window.isEmpty() ? "" : ", " + window);
    }

    public long sources() {
        return claims.stream().map(StructuredClaim::documentId).distinct().count();
    }
}
