package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reliability data in Krippendorff's canonical form: coders by units, each cell the value a coder gave a unit or
 * nothing (missing). Values are labels; where a measure needs their order (ordinal alpha, weighted kappa) it is the
 * scale's order, and where it needs magnitudes (interval, ratio) the labels are numbers.
 */
public final class ReliabilityData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> coders;
    private final List<Unit> units;
    private final List<String> scale;

    /**
     * One unit: its id and each coder's value (coders without a value, or with null, are missing). The values are
     * kept as an unmodifiable map that is not copied again when it is one already ({@link Map#copyOf}), so that the
     * hundreds of thousands of units of a large project can share the few patterns of values they have (every
     * coder "not applied", say) instead of each holding a map of its own.
     */
    public record Unit(String id, Map<String, String> values) implements Serializable {

        public Unit {
            values = hasMissing(values) ? withoutMissing(values) : Map.copyOf(values);
        }

        /** Not {@code values.containsValue(null)}: an unmodifiable map of {@link Map#copyOf} throws on that. */
        private static boolean hasMissing(Map<String, String> values) {
            for (String value : values.values()) {
                if (value == null) {
                    return true;
                }
            }
            return false;
        }

        private static Map<String, String> withoutMissing(Map<String, String> values) {
            Map<String, String> given = new LinkedHashMap<>();
            values.forEach((coder, value) -> {
                if (value != null) {
                    given.put(coder, value);
                }
            });
            return Map.copyOf(given);
        }

        /** The values given, in the data's coder order. */
        public List<String> valuesIn(List<String> coders) {
            List<String> given = new ArrayList<>();
            for (String coder : coders) {
                String value = values.get(coder);
                if (value != null) {
                    given.add(value);
                }
            }
            return given;
        }
    }

    /**
     * @param scale the possible values in order; may be empty, then the values found, numerically sorted when all
     *              are numbers and otherwise in order of appearance
     */
    public ReliabilityData(List<String> coders, List<Unit> units, List<String> scale) {
        this.coders = List.copyOf(coders);
        this.units = List.copyOf(units);
        Set<String> ordered = new LinkedHashSet<>(scale);
        List<String> found = new ArrayList<>();
        for (Unit unit : units) {
            // no list per unit: large projects build these data once per breakdown row
            for (String coder : this.coders) {
                String value = unit.values().get(coder);
                if (value != null && !ordered.contains(value) && !found.contains(value)) {
                    found.add(value);
                }
            }
        }
        if (found.stream().allMatch(ReliabilityData::isNumber)) {
            found.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        ordered.addAll(found);
        this.scale = List.copyOf(ordered);
    }

    /**
     * Builds data from a table as published: one row per coder, one column per unit, {@code null} for missing.
     * Unit ids are the column numbers from 1.
     */
    public static ReliabilityData ofRows(List<String> coders, List<List<String>> rows, List<String> scale) {
        List<Unit> units = new ArrayList<>();
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int u = 0; u < columns; u++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < coders.size(); c++) {
                List<String> row = rows.get(c);
                if (u < row.size() && row.get(u) != null) {
                    values.put(coders.get(c), row.get(u));
                }
            }
            units.add(new Unit(Integer.toString(u + 1), values));
        }
        return new ReliabilityData(coders, units, scale);
    }

    public List<String> coders() {
        return coders;
    }

    public List<Unit> units() {
        return units;
    }

    /** The possible values in order. */
    public List<String> scale() {
        return scale;
    }

    /** The same coders and scale with other units (a bootstrap sample, a subset). */
    public ReliabilityData withUnits(List<Unit> otherUnits) {
        return new ReliabilityData(coders, otherUnits, scale);
    }

    /**
     * Only two coders' values: what pairwise measures (Cohen's kappa) and the coder-pair matrix use. The units are
     * shared, not copied: measures read a unit's values through the data's coders ({@link Unit#valuesIn}).
     */
    public ReliabilityData forCoders(String first, String second) {
        return new ReliabilityData(List.of(first, second), units, scale, true);
    }

    /** With a scale known to hold every value of the units: nothing to scan. */
    private ReliabilityData(List<String> coders, List<Unit> units, List<String> completeScale, boolean complete) {
        this.coders = List.copyOf(coders);
        this.units = units;
        this.scale = completeScale;
    }

    /** Units with at least two values: the only ones that say anything about agreement. */
    public long pairableUnits() {
        return units.stream().filter(u -> u.valuesIn(coders).size() >= 2).count();
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
