package org.concordia.claims.model;

import java.io.Serializable;

/**
 * A relation of the project's vocabulary: what a claim says the subject did to the object. Relations of one
 * {@code family} are compared with each other: for or against ({@code polarity}), and how strongly (1 weak, as in
 * "acquiesced", to 3 strong, as in "backed"). An {@code exclusive} relation has one subject at a time (chose,
 * appointed, nominated): sources naming different subjects for it conflict, where several backers are compatible.
 * One constructor only: backups read it back with JSON-B, which needs one (a backup from before {@code exclusive}
 * existed reads as not exclusive).
 */
public record RelationView(long id, String name, String family, Polarity polarity, int strength, String description,
        boolean exclusive) implements Serializable {

    /** "for, strong" */
    public String stance() {
        return polarity.label() + ", " + switch (strength) {
            case 1 -> "weak";
            case 2 -> "moderate";
            default -> "strong";
        };
    }
}
