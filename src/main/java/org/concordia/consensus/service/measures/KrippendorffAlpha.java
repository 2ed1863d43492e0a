package org.concordia.consensus.service.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ReliabilityData;

/**
 * Krippendorff's alpha for any number of coders, missing values and four levels of measurement, computed from the
 * coincidence matrix as in Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011):
 * {@code alpha = 1 - (n - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck)}.
 */
public final class KrippendorffAlpha implements AgreementMeasure, WeightedEstimate {

    /** The level of measurement, that is the squared difference {@code d_ck} between two values. */
    public enum Metric {
        NOMINAL, ORDINAL, INTERVAL, RATIO
    }

    private final Metric metric;

    public KrippendorffAlpha(Metric metric) {
        this.metric = metric;
    }

    @Override
    public String id() {
        return "krippendorff-alpha-" + metric.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String label() {
        return "Krippendorff's alpha (" + metric.name().toLowerCase(Locale.ROOT) + ")";
    }

    @Override
    public String description() {
        return switch (metric) {
            case NOMINAL -> "Chance-corrected agreement for categories; any number of coders, missing values allowed.";
            case ORDINAL -> "For ordered values such as a certainty scale: near misses count less than far ones.";
            case INTERVAL -> "For numbers where differences matter (counts, years): squared differences.";
            case RATIO -> "For numbers with a true zero (amounts, casualties): differences relative to size.";
        };
    }

    @Override
    public AgreementResult compute(ReliabilityData data) {
        ValueIndex values = new ValueIndex(data);
        if ((metric == Metric.INTERVAL || metric == Metric.RATIO) && !values.allNumbers()) {
            return AgreementResult.undefined(label(), "Interval and ratio alpha need numbers; these values are"
                    + " labels. Use nominal or ordinal alpha.", data.pairableUnits(), data.coders().size());
        }
        Counts counts = new Counts(data, values);
        if (counts.units() == 0) {
            return AgreementResult.undefined(label(), Explanations.NOTHING_PAIRABLE, 0, data.coders().size());
        }
        OptionalDouble alpha = counts.estimate(null);
        if (alpha.isEmpty()) {
            return AgreementResult.undefined(label(), Explanations.ONE_VALUE, counts.units(), data.coders().size());
        }
        return AgreementResult.of(label(), alpha.getAsDouble(), counts.units(), data.coders().size());
    }

    @Override
    public Reduced reduce(ReliabilityData data) {
        ValueIndex values = new ValueIndex(data);
        if ((metric == Metric.INTERVAL || metric == Metric.RATIO) && !values.allNumbers()) {
            return null;
        }
        return new Counts(data, values);
    }

    /**
     * How often each value was given in each pairable unit. The coincidence matrix is their weighted sum:
     * {@code o_ck = sum over units of w_u * n_uc * (n_uk - [c = k]) / (m_u - 1)}.
     */
    private final class Counts implements Reduced {
        private final ValueIndex values;
        /** The distinct count vectors (with their number of values) and which of them each unit has. */
        private final int[][] patterns;
        private final int[] given;
        private final int[] patternOf;
        private final double[] patternWeights;

        Counts(ReliabilityData data, ValueIndex values) {
            this.values = values;
            Map<List<Integer>, Integer> index = new HashMap<>();
            List<int[]> distinct = new ArrayList<>();
            List<Integer> units = new ArrayList<>();
            for (ReliabilityData.Unit unit : data.units()) {
                List<String> valuesGiven = unit.valuesIn(data.coders());
                if (valuesGiven.size() < 2) {
                    continue;
                }
                int[] n = new int[values.size()];
                for (String value : valuesGiven) {
                    n[values.of(value)]++;
                }
                List<Integer> key = Arrays.stream(n).boxed().toList();
                Integer pattern = index.get(key);
                if (pattern == null) {
                    pattern = distinct.size();
                    index.put(key, pattern);
                    distinct.add(n);
                }
                units.add(pattern);
            }
            this.patterns = distinct.toArray(new int[0][]);
            this.given = distinct.stream().mapToInt(n -> Arrays.stream(n).sum()).toArray();
            this.patternOf = units.stream().mapToInt(Integer::intValue).toArray();
            this.patternWeights = new double[patterns.length];
        }

        int units() {
            return patternOf.length;
        }

        @Override
        public int pairableUnits() {
            return patternOf.length;
        }

        /** Not thread-safe: one reduction serves one bootstrap at a time. */
        @Override
        public OptionalDouble estimate(double[] weights) {
            Arrays.fill(patternWeights, 0);
            for (int u = 0; u < patternOf.length; u++) {
                patternWeights[patternOf[u]] += weights == null ? 1 : weights[u];
            }
            int size = values.size();
            double[][] coincidences = new double[size][size];
            for (int p = 0; p < patterns.length; p++) {
                double w = patternWeights[p];
                if (w == 0) {
                    continue;
                }
                int[] n = patterns[p];
                double share = w / (given[p] - 1);
                for (int c = 0; c < size; c++) {
                    if (n[c] == 0) {
                        continue;
                    }
                    for (int k = 0; k < size; k++) {
                        int pairs = c == k ? n[c] * (n[c] - 1) : n[c] * n[k];
                        if (pairs != 0) {
                            coincidences[c][k] += pairs * share;
                        }
                    }
                }
            }
            double[] marginals = new double[size];
            double total = 0;
            for (int c = 0; c < size; c++) {
                for (int k = 0; k < size; k++) {
                    marginals[c] += coincidences[c][k];
                }
                total += marginals[c];
            }
            double[][] distance = distances(values, marginals);
            double observed = 0;
            double expected = 0;
            for (int c = 0; c < size; c++) {
                for (int k = 0; k < size; k++) {
                    observed += coincidences[c][k] * distance[c][k];
                    expected += marginals[c] * marginals[k] * distance[c][k];
                }
            }
            return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 - (total - 1) * observed / expected);
        }
    }

    private double[][] distances(ValueIndex values, double[] marginals) {
        int size = values.size();
        double[][] d = new double[size][size];
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                d[c][k] = switch (metric) {
                    case NOMINAL -> c == k ? 0 : 1;
                    case ORDINAL -> ordinal(marginals, c, k);
                    case INTERVAL -> square(values.magnitude(c) - values.magnitude(k));
                    case RATIO -> {
                        double sum = values.magnitude(c) + values.magnitude(k);
                        yield sum == 0 ? 0 : square((values.magnitude(c) - values.magnitude(k)) / sum);
                    }
                };
            }
        }
        return d;
    }

    /** The ordinal metric: the values used between c and k, with c and k counting half. */
    private static double ordinal(double[] marginals, int c, int k) {
        int from = Math.min(c, k);
        int to = Math.max(c, k);
        double between = 0;
        for (int g = from; g <= to; g++) {
            between += marginals[g];
        }
        return square(between - (marginals[c] + marginals[k]) / 2);
    }

    private static double square(double x) {
        return x * x;
    }
}
