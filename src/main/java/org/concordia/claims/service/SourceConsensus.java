package org.concordia.claims.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.UnsettledReason;
import org.concordia.coding.model.CoderStatus;

/**
 * What one passage of a source says, from its coders' claims: a pure function, so every rule is unit-tested.
 *
 * <p>Where coders were assigned to the document, only they count, and only once all of them submitted: one coder's
 * claims then stand; several coders' stand once, when every coder made the same claims (the same subject, relation,
 * object, time and figure; certainty and attribution may differ in wording); otherwise the coders differ. Before all
 * submitted the passage is still being coded. Where nobody was assigned (a supervisor coding alone, an imported
 * project), the coders who coded the passage count as if they had submitted. Gold codings, where a passage was
 * settled, are read elsewhere and never reach this.
 */
public final class SourceConsensus {

    private SourceConsensus() {
    }

    /** The passage's account: the claims that stand for it, or why none do. */
    public record Outcome(List<StructuredClaim> settled, UnsettledReason unsettled) {

        static Outcome settled(List<StructuredClaim> claims) {
            return new Outcome(List.copyOf(claims), null);
        }

        static Outcome unsettled(UnsettledReason reason) {
            return new Outcome(List.of(), reason);
        }

        public boolean isSettled() {
            return unsettled == null;
        }
    }

    /**
     * @param claims every coder's structured claims in one passage
     * @param assigned the document's coders with whether they submitted; empty when nobody was assigned
     */
    public static Outcome of(List<StructuredClaim> claims, List<CoderStatus> assigned) {
        Set<String> coders;
        if (assigned.isEmpty()) {
            coders = claims.stream().map(StructuredClaim::coder).collect(Collectors.toCollection(LinkedHashSet::new));
        } else {
            if (assigned.stream().anyMatch(c -> !c.submitted())) {
                return Outcome.unsettled(UnsettledReason.STILL_CODING);
            }
            coders = assigned.stream().map(CoderStatus::coder).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        Map<String, List<StructuredClaim>> byCoder = new TreeMap<>();
        coders.forEach(coder -> byCoder.put(coder, new ArrayList<>()));
        for (StructuredClaim claim : claims) {
            if (byCoder.containsKey(claim.coder())) {
                byCoder.get(claim.coder()).add(claim);
            }
        }
        if (byCoder.values().stream().allMatch(List::isEmpty)) {
            return Outcome.settled(List.of());
        }
        Set<Set<String>> accounts = byCoder.values().stream().map(SourceConsensus::signatures)
                .collect(Collectors.toSet());
        if (accounts.size() > 1) {
            return Outcome.unsettled(UnsettledReason.CODERS_DIFFER);
        }
        List<StructuredClaim> first = byCoder.values().iterator().next();
        if (byCoder.size() == 1) {
            return Outcome.settled(first);
        }
        String all = String.join(", ", byCoder.keySet());
        List<StructuredClaim> agreed = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (StructuredClaim claim : first) {
            if (seen.add(signature(claim))) {
                agreed.add(claim.codedBy(all));
            }
        }
        return Outcome.settled(agreed);
    }

    private static Set<String> signatures(List<StructuredClaim> claims) {
        return claims.stream().map(SourceConsensus::signature).collect(Collectors.toSet());
    }

    /** What makes two coders' claims the same claim: who did what to whom, when, and how many. */
    static String signature(StructuredClaim claim) {
        return String.join("|", party(claim.subjectId(), claim.subject()),
                Objects.toString(claim.relation(), "").strip().toLowerCase(Locale.ROOT),
                party(claim.objectId(), claim.object()), Objects.toString(claim.time(), "").strip(),
                Objects.toString(claim.figure(), ""));
    }

    private static String party(Long id, String name) {
        return id != null ? "#" + id : name == null ? "" : EntityNames.lookupKey(name);
    }
}
