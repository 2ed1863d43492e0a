package org.concordia.consensus.service.measures;

import java.util.List;
import java.util.Locale;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ReliabilityData;

/**
 * Krippendorff's alpha for any number of coders, missing values and four levels of measurement, computed from the
 * coincidence matrix as in Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011):
 * {@code alpha = 1 - (n - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck)}.
 */
public final class KrippendorffAlpha implements AgreementMeasure {

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
        int size = values.size();
        double[][] coincidences = new double[size][size];
        long pairable = 0;
        for (ReliabilityData.Unit unit : data.units()) {
            List<String> given = unit.valuesIn(data.coders());
            int m = given.size();
            if (m < 2) {
                continue;
            }
            pairable++;
            int[] indices = new int[m];
            for (int i = 0; i < m; i++) {
                indices[i] = values.of(given.get(i));
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        coincidences[indices[i]][indices[j]] += 1.0 / (m - 1);
                    }
                }
            }
        }
        if (pairable == 0) {
            return AgreementResult.undefined(label(), Explanations.NOTHING_PAIRABLE, 0, data.coders().size());
        }
        double[] marginals = new double[size];
        double n = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
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
        if (expected == 0) {
            return AgreementResult.undefined(label(), Explanations.ONE_VALUE, pairable, data.coders().size());
        }
        return AgreementResult.of(label(), 1 - (n - 1) * observed / expected, pairable, data.coders().size());
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
