package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review page's queue: the passages the filter asks for ({@code shown}), how many of all the project's passages
 * are in each state (every state, in order, zero or not), and every coder who has passages in it; {@code all} keeps
 * every passage, to open one named by the address whatever the filter.
 */
public record ReviewQueue(List<PassageConsensus> shown, Map<ConsensusState, Integer> counts, List<String> coders,
        List<PassageConsensus> all) implements Serializable {

    public static ReviewQueue of(List<PassageConsensus> all, ReviewFilter filter) {
        return new ReviewQueue(all.stream().filter(filter::matches).toList(), countStates(all),
                all.stream().flatMap(p -> p.coders().stream()).distinct().sorted().toList(), all);
    }

    /** How many of these passages are in each state, every state present in order, zero or not. */
    public static Map<ConsensusState, Integer> countStates(List<PassageConsensus> passages) {
        Map<ConsensusState, Integer> counts = new LinkedHashMap<>();
        for (ConsensusState state : ConsensusState.values()) {
            counts.put(state, 0);
        }
        passages.forEach(p -> counts.merge(p.state(), 1, Integer::sum));
        return counts;
    }

    /** The passage of the project with this id, whether the filter shows it or not. */
    public Optional<PassageConsensus> passage(long passageId) {
        return all.stream().filter(p -> p.passageId() == passageId).findFirst();
    }
}
