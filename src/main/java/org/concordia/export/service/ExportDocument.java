package org.concordia.export.service;

import java.util.List;
import java.util.Map;
import org.concordia.coding.model.CodingView;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;

/**
 * One document of an export, read at once and already filtered: its passages in reading order, each passage's
 * consensus state, the coders' codings by position (when the format asked for them) and the gold codings.
 */
public record ExportDocument(DocumentSummary document, List<PassageView> passages, Map<Long, PassageView> passagesById,
        Map<Long, ConsensusState> states, List<CodingView> codings, List<GoldCodingView> gold) {

    /** The passage's consensus state, or "" for a passage of a document nobody was assigned. */
    public String state(long passageId) {
        return stateName(states, passageId);
    }

    static String stateName(Map<Long, ConsensusState> states, long passageId) {
        ConsensusState state = states.get(passageId);
        return state == null ? "" : state.name();
    }

    /** The passage by id, or null if the document has no such passage. */
    public PassageView passage(long passageId) {
        return passagesById.get(passageId);
    }
}
