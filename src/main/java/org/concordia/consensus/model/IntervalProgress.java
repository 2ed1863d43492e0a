package org.concordia.consensus.model;

import java.io.Serializable;

/**
 * How far the background computation of an agreement report's 95% intervals has come: {@code done} of
 * {@code total} bootstrap intervals (500 resamples each). Until it ends the report shows its figures without them.
 */
public record IntervalProgress(int done, int total) implements Serializable {

    public int percent() {
        return total == 0 ? 0 : (int) Math.min(100, 100L * done / total);
    }
}
