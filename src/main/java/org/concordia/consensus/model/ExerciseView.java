package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.List;

/**
 * An exercise as the training page lists it: the document, and for each coder assigned to it whether they have
 * submitted and, once they have, their score (F1 against gold).
 */
public record ExerciseView(long projectId, long documentId, String documentTitle, List<Attempt> attempts)
        implements Serializable {

    /** One coder's attempt; {@code score} is null until they submit. */
    public record Attempt(String coder, boolean submitted, Double score) implements Serializable {
    }
}
