package org.concordia.consensus.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a backup keeps of a passage's way to the gold standard: the decision that settled it (null if none yet) with
 * its gold codings, its discussion and its votes, each with who and when.
 */
public record PassageSettlementRecord(long passageId, Decision decision, List<Comment> comments, List<Vote> votes)
        implements Serializable {

    public PassageSettlementRecord {
        comments = List.copyOf(comments);
        votes = List.copyOf(votes);
    }

    /** How the passage was settled, by whom and when, and the gold codings it put there. */
    public record Decision(AdjudicationMethod method, String takenFrom, String rationale, String decidedBy,
            Instant decidedAt, List<GoldCodingDraft> gold) implements Serializable {

        public Decision {
            gold = List.copyOf(gold);
        }
    }

    public record Comment(String author, String body, Instant createdAt) implements Serializable {
    }

    public record Vote(String voter, String choice, Instant castAt) implements Serializable {
    }
}
