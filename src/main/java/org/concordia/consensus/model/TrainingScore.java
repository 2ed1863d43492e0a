package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.List;

/**
 * A coder's exercise against gold, compared passage by passage and claim type by claim type: what they matched,
 * missed (gold applies it, they did not) and added (they applied it, gold does not), with each difference explained
 * by the claim type's definition.
 */
public record TrainingScore(long documentId, String documentTitle, String coder, int matched, int missed, int extra,
        List<PassageFeedback> passages) implements Serializable {

    /** Share of the coder's claim types that gold confirms; 1 when they applied none. */
    public double precision() {
        return matched + extra == 0 ? 1 : (double) matched / (matched + extra);
    }

    /** Share of gold's claim types the coder found; 1 when gold has none. */
    public double recall() {
        return matched + missed == 0 ? 1 : (double) matched / (matched + missed);
    }

    /** The harmonic mean of precision and recall: the score shown, 0 to 1. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One passage where the coder and gold differ, or agree on something. */
    public record PassageFeedback(int position, String excerpt, List<Difference> differences)
            implements Serializable {
    }

    /** Matched, missed or extra: one claim type in one passage, with why. */
    public record Difference(Kind kind, String claimType, String colour, String explanation) implements Serializable {
    }

    public enum Kind {
        MATCHED, MISSED, EXTRA
    }
}
