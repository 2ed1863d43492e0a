package org.concordia.codebook.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of claim types' codings, each with those of the claim types below it in the codebook's tree. */
public final class ClaimTypeCounts {

    private ClaimTypeCounts() {
    }

    /**
     * @param types the codebook's claim types, with their parents
     * @param own how often each claim type itself was applied, by id (absent: never)
     * @return by id, how often the claim type or any claim type below it was applied
     */
    public static Map<Long, Long> withDescendants(List<ClaimTypeView> types, Map<Long, Long> own) {
        Map<Long, Long> parents = new HashMap<>();
        types.forEach(t -> parents.put(t.id(), t.parentId()));
        Map<Long, Long> totals = new HashMap<>();
        types.forEach(t -> totals.put(t.id(), 0L));
        own.forEach((id, count) -> {
            // up the tree from the claim type itself; a cycle in bad data stops at the types' count
            Long at = id;
            for (int steps = 0; at != null && totals.containsKey(at) && steps <= types.size(); steps++) {
                totals.merge(at, count, Long::sum);
                at = parents.get(at);
            }
        });
        return totals;
    }
}
