package org.concordia.claims.model;

import java.io.Serializable;

/**
 * A coding read as a claim: according to {@code source} (and {@code attributedTo}, if the source quotes somebody),
 * {@code subject} {@code relation} {@code object}, at {@code time}, with {@code certainty}. Entities are resolved
 * through their aliases, so the ids are the same for every spelling. {@code figure} is the quantity of a figure
 * claim. {@code gold} says whether the claim is in the gold standard rather than one coder's coding.
 */
public record StructuredClaim(long codingId, long documentId, String source, String sourceDate, String coder,
        Long subjectId, String subject, String relation, Long objectId, String object, String time,
        String certainty, String attributedTo, String quote, Double figure, boolean gold) implements Serializable {

    /** The same claim credited to {@code coders}: the coders who all made it. */
    public StructuredClaim codedBy(String coders) {
        return new StructuredClaim(codingId, documentId, source, sourceDate, coders, subjectId, subject, relation,
                objectId, object, time, certainty, attributedTo, quote, figure, gold);
    }
}
