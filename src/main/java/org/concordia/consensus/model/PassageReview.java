package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.concordia.coding.model.CodingView;
import org.concordia.documents.model.PassageView;

/**
 * Everything a reviewer needs about one passage, side by side: its text, each coder's codings of it, the gold
 * codings and the decision if there is one, the discussion and the votes (choice to voters).
 */
public record PassageReview(PassageConsensus consensus, long projectId, int start, int end, String text,
        Map<String, List<CodingView>> codingsByCoder, AdjudicationView adjudication, List<GoldCodingView> gold,
        List<CommentView> comments, Map<String, List<String>> votes) implements Serializable {

    public ConsensusState state() {
        return consensus.state();
    }

    /** The passage's text from {@code from} to {@code to} (document code points, end exclusive), clipped to it. */
    public String quote(int from, int to) {
        return new PassageView(consensus.passageId(), consensus.position(), null, start, end, text, false)
                .quote(from, to);
    }
}
