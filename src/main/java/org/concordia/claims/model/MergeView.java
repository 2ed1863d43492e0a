package org.concordia.claims.model;

import java.io.Serializable;
import java.time.Instant;

/** A merge as the entity page's history shows it. */
public record MergeView(long id, long survivorId, String survivorName, long mergedId, String mergedName,
        String mergedBy, Instant mergedAt, String undoneBy, Instant undoneAt) implements Serializable {

    public boolean undone() {
        return undoneAt != null;
    }
}
