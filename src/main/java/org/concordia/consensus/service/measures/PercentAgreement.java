package org.concordia.consensus.service.measures;

import java.util.List;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ReliabilityData;

/**
 * The share of agreeing pairs of values among all pairs within units (for two coders: the share of units on which
 * they agree). Easy to read, but not corrected for chance: report it beside a chance-corrected coefficient.
 */
public final class PercentAgreement implements AgreementMeasure {

    @Override
    public String id() {
        return "percent-agreement";
    }

    @Override
    public String label() {
        return "Percent agreement";
    }

    @Override
    public String description() {
        return "Share of agreeing pairs of codings; not corrected for chance agreement.";
    }

    @Override
    public AgreementResult compute(ReliabilityData data) {
        long pairs = 0;
        long agreeing = 0;
        for (ReliabilityData.Unit unit : data.units()) {
            List<String> values = unit.valuesIn(data.coders());
            for (int i = 0; i < values.size(); i++) {
                for (int j = i + 1; j < values.size(); j++) {
                    pairs++;
                    if (values.get(i).equals(values.get(j))) {
                        agreeing++;
                    }
                }
            }
        }
        if (pairs == 0) {
            return AgreementResult.undefined(label(), Explanations.NOTHING_PAIRABLE, 0, data.coders().size());
        }
        return AgreementResult.of(label(), (double) agreeing / pairs, data.pairableUnits(), data.coders().size());
    }
}
