package org.concordia.consensus.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordia.consensus.model.Confusion;
import org.concordia.consensus.model.PassageConsensus;

/** Builds the {@link Confusion} of claim types from the passages' codings by coder. A pure function. */
public final class ClaimTypeConfusion {

    private ClaimTypeConfusion() {
    }

    /**
     * @param claimTypes the rows and columns, in order, with their labels; types not listed are ignored
     */
    public static Confusion of(List<PassageConsensus> passages, List<Long> claimTypes, List<String> labels) {
        int nothing = claimTypes.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < claimTypes.size(); i++) {
            index.put(claimTypes.get(i), i);
        }
        long[][] counts = new long[nothing + 1][nothing + 1];
        for (PassageConsensus passage : passages) {
            List<Set<Long>> byCoder = new ArrayList<>(passage.claimTypesByCoder().values());
            for (int a = 0; a < byCoder.size(); a++) {
                for (int b = a + 1; b < byCoder.size(); b++) {
                    count(byCoder.get(a), byCoder.get(b), index, nothing, counts);
                }
            }
        }
        List<String> allLabels = new ArrayList<>(labels);
        allLabels.add("nothing");
        return new Confusion(List.copyOf(claimTypes), allLabels, counts);
    }

    private static void count(Set<Long> first, Set<Long> second, Map<Long, Integer> index, int nothing,
            long[][] counts) {
        List<Integer> onlyFirst = new ArrayList<>();
        List<Integer> onlySecond = new ArrayList<>();
        for (Long type : first) {
            Integer i = index.get(type);
            if (i == null) {
                continue;
            }
            if (second.contains(type)) {
                counts[i][i]++;
            } else {
                onlyFirst.add(i);
            }
        }
        for (Long type : second) {
            Integer i = index.get(type);
            if (i != null && !first.contains(type)) {
                onlySecond.add(i);
            }
        }
        if (onlySecond.isEmpty()) {
            onlySecond.add(nothing);
        }
        if (onlyFirst.isEmpty()) {
            onlyFirst.add(nothing);
        }
        for (int i : onlyFirst) {
            for (int j : onlySecond) {
                if (i != j) {
                    counts[i][j]++;
                    counts[j][i]++;
                }
            }
        }
    }
}
