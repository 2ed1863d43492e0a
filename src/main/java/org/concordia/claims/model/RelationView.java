package org.concordia.claims.model;

import java.io.Serializable;

/**
 * A relation of the project's vocabulary: what a claim says the subject did to the object. Relations of one
 * {@code family} are compared with each other: for or against ({@code polarity}), and how strongly (1 weak, as in
 * "acquiesced", to 3 strong, as in "backed"). An {@code exclusive} relation has one subject at a time (chose,
 * appointed, nominated): sources naming different subjects for it conflict, where several backers are compatible.
 */
public record RelationView(long id, String name, String family, Polarity polarity, int strength, String description,
        boolean exclusive) implements Serializable {

    /** A relation several subjects can have at once. */
    public RelationView(long id, String name, String family, Polarity polarity, int strength, String description) {
        this(id, name, family, polarity, strength, description, false);
    }

    /** "for, strong" */
    public String stance() {
        return polarity.label() + ", " + switch (strength) {
            case 1 -> "weak";
            case 2 -> "moderate";
            default -> "strong";
        };
    }
}
