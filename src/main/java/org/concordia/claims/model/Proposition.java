package org.concordia.claims.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What several claims are about: one object, one relation family, one time window ("support for al-Kazimi's
 * premiership, 2020"), with each source's account ({@code claims}) and the conflicts between them. {@code key}
 * identifies the proposition across recomputations (object id, family, window). {@code unsettled} are passages
 * about it whose coders do not agree (yet), {@code perCoder} the coders' own claims in those passages, for
 * exploration; neither is evidence. {@code interestedParties} names, by claim, the party to the proposition that a
 * claim is attributed to ("according to Iran's ambassador" in a proposition about what Iran did).
 */
public record Proposition(String key, Long objectId, String object, String family, String window,
        List<StructuredClaim> claims, List<Conflict> conflicts, List<UnsettledPassage> unsettled,
        List<StructuredClaim> perCoder, Map<Long, String> interestedParties) implements Serializable {

    public boolean contested() {
        return !conflicts.isEmpty();
    }

    /** "stance towards Mustafa al-Kadhimi, 2020" */
    public String title() {
        return family + " towards " + object + (window.isEmpty() ? "" : ", " + window);
    }

    /** How many sources give an account of it: unsettled ones do not count yet. */
    public long sources() {
        return claims.stream().map(StructuredClaim::documentId).distinct().count();
    }

    /** The sources with a passage about it whose coders do not agree yet, each once, by title. */
    public List<String> unsettledSources() {
        return unsettled.stream().map(UnsettledPassage::source).distinct().toList();
    }

    /** The unsettled passages of one source. */
    public List<UnsettledPassage> unsettledIn(String source) {
        return unsettled.stream().filter(u -> u.source().equals(source)).toList();
    }
}
