package org.concordia.consensus.model;

import java.io.Serializable;
import java.time.Instant;

/** That a document was offered as a training exercise, by whom and when: what a backup keeps of it. */
public record ExerciseRecord(String markedBy, Instant markedAt) implements Serializable {
}
