package org.concordia.consensus.service.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ConfidenceInterval;
import org.concordia.consensus.model.ReliabilityData;

/**
 * Bootstrap percentile confidence intervals for any measure: the units are resampled with replacement, the measure
 * computed on each resample, and the 2.5th and 97.5th percentiles reported. Seeded, so a figure in a paper can be
 * reproduced exactly.
 */
public final class Bootstrap {

    public static final int DEFAULT_REPLICATES = 1000;
    public static final long DEFAULT_SEED = 20261121L;

    private Bootstrap() {
    }

    /** The result with its 95% interval; unchanged when the value is undefined or too few resamples are defined. */
    public static AgreementResult withInterval(AgreementMeasure measure, ReliabilityData data, AgreementResult result,
            int replicates, long seed) {
        if (!result.defined()) {
            return result;
        }
        return interval(measure, data, replicates, seed).map(result::withInterval).orElse(result);
    }

    public static Optional<ConfidenceInterval> interval(AgreementMeasure measure, ReliabilityData data,
            int replicates, long seed) {
        List<ReliabilityData.Unit> pairable = data.units().stream()
                .filter(u -> u.valuesIn(data.coders()).size() >= 2).toList();
        if (pairable.size() < 2) {
            return Optional.empty();
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] estimates = new double[replicates];
        int defined = 0;
        WeightedEstimate.Reduced reduced = measure instanceof WeightedEstimate weighted ? weighted.reduce(data) : null;
        if (reduced != null && reduced.pairableUnits() == pairable.size()) {
            // the same resamples as below, as weights: unit i drawn k times weighs k
            double[] weights = new double[pairable.size()];
            for (int r = 0; r < replicates; r++) {
                Arrays.fill(weights, 0);
                for (int i = 0; i < weights.length; i++) {
                    weights[random.nextInt(weights.length)]++;
                }
                OptionalDouble estimate = reduced.estimate(weights);
                if (estimate.isPresent()) {
                    estimates[defined++] = estimate.getAsDouble();
                }
            }
            return percentiles(estimates, defined, replicates, seed);
        }
        for (int r = 0; r < replicates; r++) {
            List<ReliabilityData.Unit> sample = new ArrayList<>(pairable.size());
            for (int i = 0; i < pairable.size(); i++) {
                sample.add(pairable.get(random.nextInt(pairable.size())));
            }
            AgreementResult resampled = measure.compute(data.withUnits(sample));
            if (resampled.defined()) {
                estimates[defined++] = resampled.value();
            }
        }
        return percentiles(estimates, defined, replicates, seed);
    }

    private static Optional<ConfidenceInterval> percentiles(double[] estimates, int defined, int replicates,
            long seed) {
        if (defined < replicates / 2) {
            return Optional.empty();
        }
        double[] sorted = Arrays.copyOf(estimates, defined);
        Arrays.sort(sorted);
        return Optional.of(new ConfidenceInterval(0.95, percentile(sorted, 0.025), percentile(sorted, 0.975),
                replicates, seed));
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.round(p * (sorted.length - 1));
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
