package org.concordia.claims.model;

import java.io.Serializable;
import java.util.List;

/**
 * A proposition in the ledger with its verdicts, newest first. It is {@code reopened} when its claims are no longer
 * those the latest verdict was made on: new evidence arrived.
 */
public record LedgerEntry(Proposition proposition, List<VerdictView> verdicts) implements Serializable {

    public VerdictView latest() {
        return verdicts.isEmpty() ? null : verdicts.get(0);
    }

    public boolean reopened() {
        VerdictView latest = latest();
        return latest != null && !latest.evidence().equals(proposition.claims().stream()
                .map(StructuredClaim::codingId).sorted().toList());
    }

    /** "contested", "settled: corroborated ...", "reopened: new evidence" */
    public String status() {
        if (latest() == null) {
            if (proposition.contested()) {
                return "contested, no verdict yet";
            }
            return proposition.unsettled().isEmpty() ? "no conflict"
                    : "no conflict yet, unsettled in " + proposition.unsettledSources().size() + " source"
                            + (proposition.unsettledSources().size() == 1 ? "" : "s");
        }
        return reopened() ? "reopened: new evidence since the verdict" : latest().kind().label();
    }
}
