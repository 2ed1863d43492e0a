package org.concordia.analysis.model;

import java.io.Serializable;
import java.util.Set;

/**
 * Which coded segments to retrieve: of these claim types (empty: all), with or without the claim types below them
 * in the codebook, in documents whose {@code dimension} is {@code value} (no dimension: every document), by one
 * coder (null: everybody a supervisor may see), and, when {@code coOccurring} is set, only in passages where one
 * coder applied every one of the claim types (overlapping, if {@code overlapping}).
 */
public record SegmentQuery(Set<Long> claimTypes, boolean withDescendants, Dimension dimension, String value,
        String coder, boolean coOccurring, boolean overlapping) implements Serializable {

    public SegmentQuery {
        claimTypes = claimTypes == null ? Set.of() : Set.copyOf(claimTypes);
        coder = coder == null || coder.isBlank() ? null : coder.strip();
    }

    public static SegmentQuery of(Set<Long> claimTypes) {
        return new SegmentQuery(claimTypes, false, null, null, null, false, false);
    }
}
