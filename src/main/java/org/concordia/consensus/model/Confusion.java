package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.List;

/**
 * Which claim types coders confuse: for every pair of coders of a passage, a type both applied counts once on the
 * diagonal; a type only one of them applied counts against each type only the other applied there, or against
 * "nothing" when the other applied none that the first did not. Symmetric; {@code labels} name the rows and
 * columns, the last being "nothing".
 */
public record Confusion(List<Long> claimTypes, List<String> labels, long[][] counts) implements Serializable {

    public long count(int row, int column) {
        return counts[row][column];
    }

    /** The largest count off the diagonal: what the heat scale is relative to. */
    public long largestConfusion() {
        long max = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                if (i != j) {
                    max = Math.max(max, counts[i][j]);
                }
            }
        }
        return max;
    }
}
