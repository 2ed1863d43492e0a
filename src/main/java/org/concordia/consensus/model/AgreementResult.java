package org.concordia.consensus.model;

import java.io.Serializable;

/**
 * What a measure found: its value, or none with the reason (one coder, one category, nothing pairable), never NaN;
 * the units and coders it rests on; and, once bootstrapped, a 95% confidence interval.
 */
public record AgreementResult(String measure, Double value, String explanation, long pairableUnits, int coders,
        ConfidenceInterval interval) implements Serializable {

    public static AgreementResult of(String measure, double value, long pairableUnits, int coders) {
        return new AgreementResult(measure, value, null, pairableUnits, coders, null);
    }

    public static AgreementResult undefined(String measure, String why, long pairableUnits, int coders) {
        return new AgreementResult(measure, null, why, pairableUnits, coders, null);
    }

    public boolean defined() {
        return value != null;
    }

    public AgreementResult withInterval(ConfidenceInterval confidenceInterval) {
        return new AgreementResult(measure, value, explanation, pairableUnits, coders, confidenceInterval);
    }
}
