package org.concordia.claims.model;

/** What a team concluded about a proposition its sources disagree on. */
public enum VerdictKind {
    CORROBORATED("corroborated: the sources agree once read closely"),
    RECONCILED("reconciled: the sources describe different aspects"),
    RESOLVED("contested, resolved in favour of one account"),
    UNRESOLVED("unresolved");

    private final String label;

    VerdictKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
