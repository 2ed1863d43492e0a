package org.concordia.consensus.service.measures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordia.consensus.model.ReliabilityData;

/** The data's values as indices into its scale, so measures count in arrays rather than maps. */
final class ValueIndex {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> scale;

    ValueIndex(ReliabilityData data) {
        this.scale = data.scale();
        for (int i = 0; i < scale.size(); i++) {
            index.put(scale.get(i), i);
        }
    }

    int of(String value) {
        return index.get(value);
    }

    int size() {
        return scale.size();
    }

    /** The value as a number, for interval and ratio metrics. */
    double magnitude(int valueIndex) {
        try {
            return Double.parseDouble(scale.get(valueIndex));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\u201c" + scale.get(valueIndex) + "\u201d is not a number", e);
        }
    }

    boolean allNumbers() {
        for (int i = 0; i < scale.size(); i++) {
            try {
                Double.parseDouble(scale.get(i));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }
}
