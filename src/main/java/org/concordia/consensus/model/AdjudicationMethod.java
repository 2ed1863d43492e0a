package org.concordia.consensus.model;

/** How a supervisor arrived at a passage's gold codings. */
public enum AdjudicationMethod {
    /** One coder's codings of the passage, as they are. */
    TAKEN("took one coder's version"),
    /** Codings picked from several coders, possibly with new ones added. */
    MERGED("merged the coders' versions"),
    /** Gold codings written by the supervisor; none of the coders' versions was right. */
    NEW("wrote a new gold coding"),
    /** All coders applied the same claim types; accepted in bulk. */
    UNANIMOUS("accepted the unanimous coding");

    private final String label;

    AdjudicationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the supervisor did, naming the coder whose version was taken: "took ada's version". */
    public String described(String takenFrom) {
        return this == TAKEN && takenFrom != null ? "took " + takenFrom + "'s version" : label;
    }
}
