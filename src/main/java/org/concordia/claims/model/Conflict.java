package org.concordia.claims.model;

import java.io.Serializable;
import java.util.List;

/** A disagreement between sources within a proposition, with the claims on each side. */
public record Conflict(ConflictKind kind, String description, List<Long> codingIds) implements Serializable {
}
