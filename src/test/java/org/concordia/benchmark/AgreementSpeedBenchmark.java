package org.concordia.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordia.benchmark.BenchmarkFiles.reportTo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ReliabilityData;
import org.concordia.consensus.model.SpanData;
import org.concordia.consensus.service.measures.Bootstrap;
import org.concordia.consensus.service.measures.KrippendorffAlpha;
import org.concordia.consensus.service.measures.KrippendorffAlpha.Metric;
import org.concordia.consensus.service.measures.UnitizingAlpha;
import org.junit.jupiter.api.Test;

/**
 * Issue #5's measure target, measured, not asserted: Krippendorff's alpha and unitizing alpha for 10,000 passages
 * coded by 5 coders with the starter codebook's 8 claim types (80,000 units of passage x claim type; spans in
 * 10,000 passages), point estimates and with 500-resample bootstrap intervals. Plain Java, no server: the measures
 * are pure functions. Figures in {@code target/benchmarks/agreement-speed.txt}.
 */
class AgreementSpeedBenchmark {

    private static final int PASSAGES = 10_000;
    private static final int CODERS = 5;
    private static final int TYPES = 8;
    private static final int RUNS = 10;
    private static final String FILE = "agreement-speed.txt";

    @Test
    void alphaAndUnitizingAlphaFor10000PassagesBy5Coders() throws Exception {
        List<String> coders = new ArrayList<>();
        for (int c = 0; c < CODERS; c++) {
            coders.add("coder-" + c);
        }
        Random random = new Random(5);
        List<ReliabilityData.Unit> units = new ArrayList<>(PASSAGES * TYPES);
        List<SpanData.Section> sections = new ArrayList<>(PASSAGES);
        for (int p = 0; p < PASSAGES; p++) {
            int length = 120 + random.nextInt(600);
            int truth = random.nextInt(TYPES);
            int start = random.nextInt(length / 2);
            int end = start + 20 + random.nextInt(length / 2 - 20);
            List<SpanData.Span> spans = new ArrayList<>();
            boolean[][] applied = new boolean[CODERS][TYPES];
            for (int c = 0; c < CODERS; c++) {
                int type = random.nextDouble() < 0.8 ? truth : random.nextInt(TYPES);
                applied[c][type] = true;
                int jitter = random.nextInt(9) - 4;
                spans.add(new SpanData.Span(coders.get(c), "t" + type, Math.max(0, start + jitter),
                        Math.min(length, end + random.nextInt(9) - 4)));
            }
            sections.add(new SpanData.Section("p" + p, length, coders, spans));
            for (int t = 0; t < TYPES; t++) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < CODERS; c++) {
                    values.put(coders.get(c), applied[c][t] ? "applied" : "not applied");
                }
                units.add(new ReliabilityData.Unit("p" + p + "/t" + t, values));
            }
        }
        ReliabilityData data = new ReliabilityData(coders, units, List.of("not applied", "applied"));
        SpanData spans = new SpanData(sections);
        KrippendorffAlpha alpha = new KrippendorffAlpha(Metric.NOMINAL);

        Timings alphaPoint = new Timings();
        Timings unitizingPoint = new Timings();
        Timings alphaInterval = new Timings();
        Timings unitizingInterval = new Timings();
        AgreementResult a = null;
        AgreementResult u = null;
        for (int run = 0; run < RUNS + 3; run++) {
            long t = System.nanoTime();
            a = alpha.compute(data);
            if (run >= 3) {
                alphaPoint.record(t);
            }
            t = System.nanoTime();
            u = UnitizingAlpha.of(spans).overall();
            if (run >= 3) {
                unitizingPoint.record(t);
            }
            t = System.nanoTime();
            AgreementResult withInterval = Bootstrap.withInterval(alpha, data, a, 500, Bootstrap.DEFAULT_SEED);
            if (run >= 3) {
                alphaInterval.record(t);
            }
            assertThat(withInterval.interval()).isNotNull();
            t = System.nanoTime();
            AgreementResult unitizingWithInterval = UnitizingAlpha.of(spans).overallWithInterval(500,
                    Bootstrap.DEFAULT_SEED);
            if (run >= 3) {
                unitizingInterval.record(t);
            }
            assertThat(unitizingWithInterval.interval()).isNotNull();
        }
        reportTo(FILE, "Data: %d passages x %d coders, %d claim types: %d units for alpha, %d spans for unitizing"
                + " alpha (alpha %.3f, unitizing alpha %.3f)", PASSAGES, CODERS, TYPES, units.size(),
                PASSAGES * CODERS, a.value(), u.value());
        reportTo(FILE, "Krippendorff's alpha (nominal), point estimate, %d runs after 3 warm-up: %s", RUNS,
                alphaPoint.summary());
        reportTo(FILE, "Unitizing alpha, all claim types, point estimate: %s", unitizingPoint.summary());
        reportTo(FILE, "Krippendorff's alpha with a 500-resample bootstrap interval: %s", alphaInterval.summary());
        reportTo(FILE, "Unitizing alpha with a 500-resample bootstrap interval: %s", unitizingInterval.summary());
    }
}
