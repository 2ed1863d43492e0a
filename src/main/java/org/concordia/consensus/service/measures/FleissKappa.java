package org.concordia.consensus.service.measures;

import java.util.List;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ReliabilityData;

/**
 * Fleiss' kappa (Fleiss 1971) for a fixed number of coders per unit: the units every coder coded. Units with
 * missing values are left out; Krippendorff's alpha uses them.
 */
public final class FleissKappa implements AgreementMeasure {

    @Override
    public String id() {
        return "fleiss-kappa";
    }

    @Override
    public String label() {
        return "Fleiss' kappa";
    }

    @Override
    public String description() {
        return "Any number of coders, each unit coded by all of them; categories.";
    }

    @Override
    public AgreementResult compute(ReliabilityData data) {
        int raters = data.coders().size();
        if (raters < 2) {
            return AgreementResult.undefined(label(), "Fleiss' kappa needs at least two coders.", 0, raters);
        }
        ValueIndex values = new ValueIndex(data);
        double[] categoryTotals = new double[values.size()];
        double agreementSum = 0;
        long units = 0;
        for (ReliabilityData.Unit unit : data.units()) {
            List<String> given = unit.valuesIn(data.coders());
            if (given.size() != raters) {
                continue;
            }
            int[] counts = new int[values.size()];
            given.forEach(v -> counts[values.of(v)]++);
            double agreeingPairs = 0;
            for (int j = 0; j < counts.length; j++) {
                agreeingPairs += counts[j] * (counts[j] - 1.0);
                categoryTotals[j] += counts[j];
            }
            agreementSum += agreeingPairs / (raters * (raters - 1.0));
            units++;
        }
        if (units == 0) {
            return AgreementResult.undefined(label(), "No unit was coded by all " + raters + " coders.", 0, raters);
        }
        double observed = agreementSum / units;
        double expected = 0;
        for (double total : categoryTotals) {
            double p = total / (units * raters);
            expected += p * p;
        }
        if (expected == 1) {
            return AgreementResult.undefined(label(), Explanations.ONE_VALUE, units, raters);
        }
        return AgreementResult.of(label(), (observed - expected) / (1 - expected), units, raters);
    }
}
