package org.concordia.claims.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a project's sources say: {@code settled} holds each source's account (gold where a passage was settled, the
 * coders' common claims where they agree, a single coder's once submitted), {@code unsettled} the passages whose
 * coders do not agree yet, and {@code perCoder} every coder's own claims in those passages, for
 * exploration only.
 */
public record SourceAccounts(List<StructuredClaim> settled, List<UnsettledPassage> unsettled,
        List<StructuredClaim> perCoder) implements Serializable {

    public SourceAccounts {
        settled = List.copyOf(settled);
        unsettled = List.copyOf(unsettled);
        perCoder = List.copyOf(perCoder);
    }

    /** Claims taken as settled, as a unit test or an import gives them: nothing unsettled, no coder's own view. */
    public static SourceAccounts settledOnly(List<StructuredClaim> claims) {
        return new SourceAccounts(claims, List.of(), List.of());
    }
}
