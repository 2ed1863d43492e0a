package org.concordia.consensus.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An agreement snapshot as screens show it (its data are downloaded separately). */
public record SnapshotView(long id, long projectId, String measureId, String measureLabel, String label,
        int codebookVersion, List<String> coders, int units, Double value, String explanation, Double lower,
        Double upper, int replicates, long seed, String computedBy, Instant computedAt) implements Serializable {
}
