package org.concordia.consensus.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An agreement snapshot as a backup keeps it: everything it was computed with and from (the reliability data as
 * CSV, the scale, the bootstrap's replicates and seed), who computed it and when. A restore writes it back as it
 * was: a snapshot is a record of a moment, never recomputed.
 */
public record SnapshotRecord(String measureId, String measureLabel, String label, int codebookVersion,
        List<String> coders, int units, Double value, String explanation, Double lower, Double upper,
        int replicates, long seed, List<String> scale, String dataCsv, String computedBy, Instant computedAt)
        implements Serializable {

    public SnapshotRecord {
        coders = List.copyOf(coders);
        scale = List.copyOf(scale);
    }
}
