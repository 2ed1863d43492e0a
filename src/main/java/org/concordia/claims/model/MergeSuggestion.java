package org.concordia.claims.model;

import java.io.Serializable;

/**
 * Two entities whose names look like one name spelled two ways, with the pair of names that look alike, how alike
 * (0 to 1) and why.
 */
public record MergeSuggestion(EntityView first, EntityView second, String firstName, String secondName,
        double similarity, String reason) implements Serializable {
}
