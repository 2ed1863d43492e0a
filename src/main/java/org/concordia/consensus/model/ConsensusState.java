package org.concordia.consensus.model;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.concordia.coding.model.CoderStatus;

/**
 * Where a passage stands on its way to the gold standard. A passage of a document assigned to coders starts
 * {@link #NOT_STARTED}, is {@link #IN_CODING} once any of them has coded it or submitted the document, and when every
 * assigned coder has submitted it is compared at once: {@link #AGREED} if all applied the same claim types there,
 * {@link #DISPUTED} otherwise. A document with a single coder has nothing to compare: its passages stay
 * {@link #READY} for a supervisor's review. A supervisor's decision makes a passage {@link #ADJUDICATED}.
 */
public enum ConsensusState {
    NOT_STARTED("not started"),
    IN_CODING("in coding"),
    READY("ready"),
    AGREED("agreed"),
    DISPUTED("disputed"),
    ADJUDICATED("adjudicated");

    private final String label;

    ConsensusState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a supervisor may settle the passage now: every coder has submitted. */
    public boolean reviewable() {
        return this == READY || this == AGREED || this == DISPUTED || this == ADJUDICATED;
    }

    /**
     * Where a passage stands.
     *
     * @param coders      the coders assigned to the passage's document
     * @param applied     the claim types a coder applied in the passage (empty when none)
     * @param anyCoded    whether any assigned coder has coded anything in the document
     * @param adjudicated whether a supervisor has settled the passage
     */
    public static ConsensusState of(List<CoderStatus> coders, Function<String, Set<Long>> applied, boolean anyCoded,
            boolean adjudicated) {
        if (adjudicated) {
            return ADJUDICATED;
        }
        if (coders.stream().allMatch(CoderStatus::submitted)) {
            if (coders.size() < 2) {
                return READY;
            }
            Set<Long> first = applied.apply(coders.get(0).coder());
            return coders.stream().allMatch(c -> applied.apply(c.coder()).equals(first)) ? AGREED : DISPUTED;
        }
        return anyCoded || coders.stream().anyMatch(CoderStatus::submitted) ? IN_CODING : NOT_STARTED;
    }
}
