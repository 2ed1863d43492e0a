package org.concordia.consensus.service.measures;

import java.util.Locale;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ReliabilityData;

/**
 * Cohen's kappa for two coders over the units both coded, unweighted or with linear or quadratic weights for
 * ordered values (Cohen 1960, 1968): {@code kappa = 1 - sum(w * observed) / sum(w * expected)}, expected from each
 * coder's own distribution of values.
 */
public final class CohenKappa implements AgreementMeasure {

    /** How much a disagreement between two values counts. */
    public enum Weighting {
        NONE, LINEAR, QUADRATIC
    }

    private final Weighting weighting;

    public CohenKappa(Weighting weighting) {
        this.weighting = weighting;
    }

    @Override
    public String id() {
        return weighting == Weighting.NONE ? "cohen-kappa" : "cohen-kappa-" + weighting.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String label() {
        return weighting == Weighting.NONE ? "Cohen's kappa"
                : "Cohen's kappa (" + weighting.name().toLowerCase(Locale.ROOT) + " weights)";
    }

    @Override
    public String description() {
        return weighting == Weighting.NONE ? "Two coders, categories; chance from each coder's own distribution."
                : "Two coders, ordered values: disagreements weighted by how far apart the values are.";
    }

    @Override
    public AgreementResult compute(ReliabilityData data) {
        if (data.coders().size() != 2) {
            return AgreementResult.undefined(label(), Explanations.NOT_TWO_CODERS, data.pairableUnits(),
                    data.coders().size());
        }
        ValueIndex values = new ValueIndex(data);
        int size = values.size();
        double[][] table = new double[size][size];
        long units = 0;
        String first = data.coders().get(0);
        String second = data.coders().get(1);
        for (ReliabilityData.Unit unit : data.units()) {
            String a = unit.values().get(first);
            String b = unit.values().get(second);
            if (a != null && b != null) {
                table[values.of(a)][values.of(b)]++;
                units++;
            }
        }
        if (units == 0) {
            return AgreementResult.undefined(label(), Explanations.NOTHING_PAIRABLE, 0, 2);
        }
        double[] rows = new double[size];
        double[] columns = new double[size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                rows[i] += table[i][j] / units;
                columns[j] += table[i][j] / units;
            }
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double w = weight(i, j, size);
                observed += w * table[i][j] / units;
                expected += w * rows[i] * columns[j];
            }
        }
        if (expected == 0) {
            return AgreementResult.undefined(label(), Explanations.ONE_VALUE, units, 2);
        }
        return AgreementResult.of(label(), 1 - observed / expected, units, 2);
    }

    /** The disagreement weight of values i and j: 0 for agreement, 1 for the farthest apart. */
    private double weight(int i, int j, int size) {
        if (i == j) {
            return 0;
        }
        double distance = size > 1 ? Math.abs(i - j) / (double) (size - 1) : 0;
        return switch (weighting) {
            case NONE -> 1;
            case LINEAR -> distance;
            case QUADRATIC -> distance * distance;
        };
    }
}
