package org.concordia.coding.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An assignment with its progress: how many of the document's codable passages the coder has coded.
 */
public record AssignmentView(long id, long projectId, long documentId, String documentTitle, String coder,
        LocalDate dueOn, Instant submittedAt, boolean revealed, int codedPassages, int codablePassages) implements Serializable {

    public boolean submitted() {
        return submittedAt != null;
    }

    /** Progress in percent, 0 to 100. */
    public int percent() {
        return codablePassages == 0 ? 0 : Math.min(100, codedPassages * 100 / codablePassages);
    }

    public boolean overdue(LocalDate today) {
        return !submitted() && dueOn != null && dueOn.isBefore(today);
    }
}
