package org.concordia.claims.model;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.List;
import org.concordia.platform.text.Explanation;

/**
 * A disagreement between sources within a proposition, with the claims on each side. {@code description} is the
 * English (exports and the API); {@code explanation} the same for pages, in their language.
 */
public record Conflict(ConflictKind kind, String description, @JsonbTransient Explanation explanation,
        List<Long> codingIds) implements Serializable {

    public Conflict(ConflictKind kind, Explanation explanation, List<Long> codingIds) {
        this(kind, explanation.english(), explanation, codingIds);
    }
}
