package org.concordia.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ReliabilityData;
import org.concordia.consensus.service.measures.AgreementMeasure;
import org.concordia.consensus.service.measures.AgreementMeasures;
import org.concordia.consensus.service.measures.Bootstrap;
import org.concordia.consensus.service.measures.CohenKappa;
import org.concordia.consensus.service.measures.CohenKappa.Weighting;
import org.concordia.consensus.service.measures.FleissKappa;
import org.concordia.consensus.service.measures.KrippendorffAlpha;
import org.concordia.consensus.service.measures.KrippendorffAlpha.Metric;
import org.concordia.consensus.service.measures.PercentAgreement;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each coefficient against published worked examples, an independent implementation, and degenerate data. */
class AgreementMeasuresTest {

    private static final double EXACT = 1e-9;

    /** DKPro's weighted kappa takes disagreement weights between 0 and 1: squared distance over the scale's span. */
    private static final IDistanceFunction QUADRATIC_ON_FOUR_POINTS = (study, a, b) -> {
        double d = ((Integer) a - (Integer) b) / 3.0;
        return d * d;
    };

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
     * Departmental Papers 43, section C: four observers, twelve units, values 1 to 5, with missing values. The
     * paper's coincidence matrix gives nominal alpha = 1 - 39 * 6 / (1600 - 514) ... = 0.743, ordinal 0.815,
     * interval 0.849, ratio 0.797; the exact fractions below follow from its coincidences.
     */
    private static final ReliabilityData KRIPPENDORFF_2011 = ReliabilityData.ofRows(List.of("A", "B", "C", "D"),
            List.of(row("1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null),
                    row("1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"),
                    row(null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null),
                    row("1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null)),
            List.of());

    @Test
    void krippendorffsAlphaMatchesKrippendorff2011ForEveryMetric() {
        assertThat(alpha(Metric.NOMINAL, KRIPPENDORFF_2011)).isCloseTo(113.0 / 152, within(EXACT))
                .isCloseTo(0.743, within(0.0005));
        assertThat(alpha(Metric.ORDINAL, KRIPPENDORFF_2011)).isCloseTo(108577.0 / 133160, within(EXACT))
                .isCloseTo(0.815, within(0.0005));
        assertThat(alpha(Metric.INTERVAL, KRIPPENDORFF_2011)).isCloseTo(951.0 / 1120, within(EXACT))
                .isCloseTo(0.849, within(0.0005));
        assertThat(alpha(Metric.RATIO, KRIPPENDORFF_2011)).isCloseTo(18222619.0 / 22852465, within(EXACT))
                .isCloseTo(0.797, within(0.0005));
        assertThat(new KrippendorffAlpha(Metric.NOMINAL).compute(KRIPPENDORFF_2011).pairableUnits())
                .as("unit 12 has one value and is not pairable").isEqualTo(11);
    }

    /**
     * Fleiss' kappa, worked example of the Wikipedia article "Fleiss' kappa" (after Fleiss 1971): 14 raters put 10
     * subjects into 5 categories; P = 0.378, Pe = 0.213, kappa = 0.210 (exactly 4211/20059).
     */
    @Test
    void fleissKappaMatchesTheWorkedExample() {
        int[][] counts = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        List<String> raters = new ArrayList<>();
        for (int r = 1; r <= 14; r++) {
            raters.add("r" + r);
        }
        List<List<String>> rows = new ArrayList<>();
        raters.forEach(r -> rows.add(new ArrayList<>()));
        for (int[] subject : counts) {
            int rater = 0;
            for (int category = 0; category < subject.length; category++) {
                for (int n = 0; n < subject[category]; n++) {
                    rows.get(rater++).add(Integer.toString(category + 1));
                }
            }
        }

        double kappa = new FleissKappa().compute(ReliabilityData.ofRows(raters, rows, List.of())).value();

        assertThat(kappa).isCloseTo(4211.0 / 20059, within(EXACT)).isCloseTo(0.210, within(0.0005));
    }

    /**
     * Cohen's kappa, worked example of the Wikipedia article "Cohen's kappa": two readers, 50 grant proposals;
     * both yes 20, A yes B no 5, A no B yes 10, both no 15: po = 0.7, pe = 0.5, kappa = 0.4.
     */
    @Test
    void cohensKappaMatchesTheWorkedExample() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        addPairs(a, b, "yes", "yes", 20);
        addPairs(a, b, "yes", "no", 5);
        addPairs(a, b, "no", "yes", 10);
        addPairs(a, b, "no", "no", 15);
        ReliabilityData data = ReliabilityData.ofRows(List.of("A", "B"), List.of(a, b), List.of());

        assertThat(new CohenKappa(Weighting.NONE).compute(data).value()).isCloseTo(0.4, within(EXACT));
        assertThat(new PercentAgreement().compute(data).value()).isCloseTo(0.7, within(EXACT));
    }

    /** Weighted kappa on a 3-point scale, by hand: linear 1 - (7/50)/(67/150)... = 47/67, quadratic 247/307. */
    @Test
    void weightedKappaCountsNearMissesLess() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        int[][] table = {{10, 2, 0}, {3, 5, 2}, {0, 1, 7}};
        List<String> scale = List.of("unlikely", "possible", "certain");
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                addPairs(a, b, scale.get(i), scale.get(j), table[i][j]);
            }
        }
        ReliabilityData data = ReliabilityData.ofRows(List.of("A", "B"), List.of(a, b), scale);

        assertThat(new CohenKappa(Weighting.LINEAR).compute(data).value()).isCloseTo(47.0 / 67, within(EXACT));
        assertThat(new CohenKappa(Weighting.QUADRATIC).compute(data).value()).isCloseTo(247.0 / 307, within(EXACT));
    }

    /** DKPro Statistics as an independent oracle on random studies with missing values. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomStudiesAgreeWithDkproStatistics(long seed) {
        Random random = new Random(seed);
        int coders = 2 + random.nextInt(4);
        int units = 20 + random.nextInt(80);
        List<String> names = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < coders; c++) {
            names.add("c" + c);
            rows.add(new ArrayList<>());
        }
        CodingAnnotationStudy withMissing = new CodingAnnotationStudy(coders);
        List<List<String>> completeRows = new ArrayList<>();
        names.forEach(n -> completeRows.add(new ArrayList<>()));
        for (int u = 0; u < units; u++) {
            String truth = Integer.toString(1 + random.nextInt(4));
            Object[] values = new Object[coders];
            for (int c = 0; c < coders; c++) {
                String value = random.nextDouble() < 0.6 ? truth : Integer.toString(1 + random.nextInt(4));
                completeRows.get(c).add(value);
                values[c] = random.nextDouble() < 0.15 ? null : value;
                rows.get(c).add((String) values[c]);
            }
            withMissing.addItemAsArray(numbers(values));
        }
        ReliabilityData data = ReliabilityData.ofRows(names, rows, List.of());

        assertThat(alpha(Metric.NOMINAL, data)).isCloseTo(
                new KrippendorffAlphaAgreement(withMissing, new NominalDistanceFunction()).calculateAgreement(),
                within(EXACT));
        assertThat(alpha(Metric.INTERVAL, data)).isCloseTo(
                new KrippendorffAlphaAgreement(withMissing, new IntervalDistanceFunction()).calculateAgreement(),
                within(EXACT));

        CodingAnnotationStudy full = new CodingAnnotationStudy(coders);
        for (int u = 0; u < units; u++) {
            Object[] values = new Object[coders];
            for (int c = 0; c < coders; c++) {
                values[c] = completeRows.get(c).get(u);
            }
            full.addItemAsArray(numbers(values));
        }
        ReliabilityData fullData = ReliabilityData.ofRows(names, completeRows, List.of("1", "2", "3", "4"));
        assertThat(new FleissKappa().compute(fullData).value())
                .isCloseTo(new FleissKappaAgreement(full).calculateAgreement(), within(EXACT));
        ReliabilityData pair = fullData.forCoders("c0", "c1");
        CodingAnnotationStudy pairStudy = new CodingAnnotationStudy(2);
        for (int u = 0; u < units; u++) {
            pairStudy.addItemAsArray(numbers(new Object[] {completeRows.get(0).get(u), completeRows.get(1).get(u)}));
        }
        assertThat(new CohenKappa(Weighting.QUADRATIC).compute(pair).value()).isCloseTo(
                new WeightedKappaAgreement(pairStudy, QUADRATIC_ON_FOUR_POINTS).calculateAgreement(),
                within(EXACT));
    }

    @Test
    void degenerateDataGivesAReasonNeverNaN() {
        ReliabilityData oneCoder = ReliabilityData.ofRows(List.of("A"), List.of(row("1", "2", "3")), List.of());
        ReliabilityData oneCategory = ReliabilityData.ofRows(List.of("A", "B"),
                List.of(row("x", "x", "x"), row("x", "x", "x")), List.of());
        ReliabilityData nothingPairable = ReliabilityData.ofRows(List.of("A", "B"),
                List.of(row("1", null), row(null, "2")), List.of());

        for (AgreementMeasure measure : new AgreementMeasures().all()) {
            for (ReliabilityData data : List.of(oneCoder, oneCategory, nothingPairable)) {
                AgreementResult result = measure.compute(data);
                if (result.defined()) {
                    assertThat(result.value()).as(measure.id()).isNotNaN();
                } else {
                    assertThat(result.explanation()).as(measure.id()).isNotBlank();
                }
            }
        }
        assertThat(new KrippendorffAlpha(Metric.NOMINAL).compute(oneCategory).explanation())
                .contains("same value");
        assertThat(new KrippendorffAlpha(Metric.NOMINAL).compute(nothingPairable).explanation())
                .contains("nothing to compare");
        assertThat(new PercentAgreement().compute(oneCategory).value()).isEqualTo(1.0);
        assertThat(new KrippendorffAlpha(Metric.INTERVAL).compute(oneCategory).explanation()).contains("numbers");
    }

    @Test
    void bootstrapIntervalsAreReproducibleAndContainTheEstimate() {
        KrippendorffAlpha nominal = new KrippendorffAlpha(Metric.NOMINAL);
        AgreementResult result = nominal.compute(KRIPPENDORFF_2011);

        AgreementResult once = Bootstrap.withInterval(nominal, KRIPPENDORFF_2011, result, 500, 42);
        AgreementResult again = Bootstrap.withInterval(nominal, KRIPPENDORFF_2011, result, 500, 42);

        assertThat(once.interval()).isEqualTo(again.interval());
        assertThat(once.interval().lower()).isLessThan(result.value());
        assertThat(once.interval().upper()).isGreaterThanOrEqualTo(result.value()).isLessThanOrEqualTo(1.0);
        assertThat(Bootstrap.withInterval(nominal, KRIPPENDORFF_2011, result, 500, 43).interval())
                .as("another seed, another (close) interval").isNotEqualTo(once.interval());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOMINAL", "ORDINAL", "INTERVAL", "RATIO"})
    void theWeightedBootstrapOfAlphaGivesTheSameIntervalAsRecomputingEveryResample(String metric) {
        KrippendorffAlpha alpha = new KrippendorffAlpha(Metric.valueOf(metric));
        AgreementMeasure recomputed = new AgreementMeasure() {
            public String id() {
                return "plain";
            }

            public String label() {
                return "plain";
            }

            public String description() {
                return "alpha without the weighted shortcut";
            }

            public AgreementResult compute(ReliabilityData data) {
                return alpha.compute(data);
            }
        };
        AgreementResult result = alpha.compute(KRIPPENDORFF_2011);
        var fast = Bootstrap.withInterval(alpha, KRIPPENDORFF_2011, result, 300, 7).interval();
        var slow = Bootstrap.withInterval(recomputed, KRIPPENDORFF_2011, result, 300, 7).interval();
        assertThat(fast.lower()).isCloseTo(slow.lower(), within(1e-12));
        assertThat(fast.upper()).isCloseTo(slow.upper(), within(1e-12));
    }

    @Test
    void theRegistryFindsEveryMeasureByItsId() {
        AgreementMeasures registry = new AgreementMeasures();
        assertThat(registry.all()).extracting(AgreementMeasure::id).doesNotHaveDuplicates()
                .contains("krippendorff-alpha-nominal", "krippendorff-alpha-ordinal", "krippendorff-alpha-interval",
                        "krippendorff-alpha-ratio", "fleiss-kappa", "cohen-kappa", "cohen-kappa-linear",
                        "cohen-kappa-quadratic", "percent-agreement");
        registry.all().forEach(m -> assertThat(registry.find(m.id())).contains(m));
    }

    /** DKPro's interval distance needs numbers, not labels. */
    private static Object[] numbers(Object[] labels) {
        return Arrays.stream(labels).map(v -> v == null ? null : Integer.valueOf((String) v)).toArray();
    }

    private static double alpha(Metric metric, ReliabilityData data) {
        return new KrippendorffAlpha(metric).compute(data).value();
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    private static void addPairs(List<String> a, List<String> b, String valueA, String valueB, int times) {
        for (int i = 0; i < times; i++) {
            a.add(valueA);
            b.add(valueB);
        }
    }
}
