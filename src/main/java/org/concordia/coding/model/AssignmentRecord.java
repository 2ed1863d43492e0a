package org.concordia.coding.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An assignment as a backup keeps it: who gave which document to whom and when, when it is due, when the coder
 * submitted it and when (and by whom) it was revealed; null where it has not happened.
 */
public record AssignmentRecord(long documentId, String coder, String assignedBy, Instant assignedAt,
        LocalDate dueOn, Instant submittedAt, Instant revealedAt, String revealedBy) implements Serializable {
}
