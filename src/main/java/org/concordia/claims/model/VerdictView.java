package org.concordia.claims.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A verdict as the ledger and the workspace show it. */
public record VerdictView(long id, String propositionKey, VerdictKind kind, Long favouredClaim, String rationale,
        String confidence, List<Long> evidence, String decidedBy, Instant decidedAt) implements Serializable {
}
