package org.concordia.consensus.model;

import java.io.Serializable;

/**
 * A bootstrap percentile interval: {@code replicates} resamples of the units (with replacement) drawn from a
 * generator seeded with {@code seed}, so that the same data always give the same interval.
 */
public record ConfidenceInterval(double level, double lower, double upper, int replicates, long seed)
        implements Serializable {
}
