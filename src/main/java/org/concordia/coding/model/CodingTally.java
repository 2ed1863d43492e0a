package org.concordia.coding.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many codings of a document each coder has: what the coding screen counts without reading the codings. */
public record CodingTally(Map<String, Long> byCoder) implements Serializable {

    public CodingTally {
        byCoder = Collections.unmodifiableMap(new TreeMap<>(byCoder));
    }

    public long total() {
        return byCoder.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The coders with at least one coding, in name order. */
    public List<String> coders() {
        return byCoder.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    /** The tally after one coding by {@code coder} was added ({@code +1}) or removed ({@code -1}). */
    public CodingTally plus(String coder, int change) {
        Map<String, Long> changed = new TreeMap<>(byCoder);
        changed.merge(coder, (long) change, Long::sum);
        return new CodingTally(changed);
    }
}
