package org.concordia.documents.model;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a supervisor changed about a document's clean-up on its review page: decisions undone (by key) and OCR
 * corrections to apply everywhere (word to replacement). Clean-up runs again on the original file with them.
 */
public record CleanupChoices(Set<String> undone, Map<String, String> corrections) implements Serializable {

    public static final CleanupChoices NONE = new CleanupChoices(Set.of(), Map.of());

    public CleanupChoices {
        undone = Set.copyOf(undone);
        corrections = Map.copyOf(corrections);
    }

    public boolean isUndone(String key) {
        return undone.contains(key);
    }

    public CleanupChoices toggled(String key) {
        Set<String> next = new TreeSet<>(undone);
        if (!next.remove(key)) {
            next.add(key);
        }
        return new CleanupChoices(next, corrections);
    }

    public CleanupChoices correcting(Map<String, String> more) {
        Map<String, String> next = new TreeMap<>(corrections);
        next.putAll(more);
        return new CleanupChoices(undone, next);
    }

    public CleanupChoices withoutCorrection(String word) {
        Map<String, String> next = new TreeMap<>(corrections);
        next.remove(word);
        return new CleanupChoices(undone, next);
    }
}
