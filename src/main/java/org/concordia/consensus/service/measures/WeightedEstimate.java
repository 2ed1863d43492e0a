package org.concordia.consensus.service.measures;

import java.util.OptionalDouble;
import org.concordia.consensus.model.ReliabilityData;

/**
 * A measure that can reduce its data once and then be evaluated for any weighting of the pairable units (a unit
 * drawn twice by a bootstrap resample weighs 2). {@link Bootstrap} uses it to avoid rebuilding the data for every
 * replicate: the same resamples, the same figures, a fraction of the time.
 */
public interface WeightedEstimate {

    /** The data reduced; {@code weights} has one entry per pairable unit, in the data's order. */
    Reduced reduce(ReliabilityData data);

    interface Reduced {
        int pairableUnits();

        /** The measure's value under these weights, or empty where it is not defined. */
        OptionalDouble estimate(double[] weights);
    }
}
