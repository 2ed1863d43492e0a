package org.concordia.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.SpanData;
import org.concordia.consensus.model.SpanData.Section;
import org.concordia.consensus.model.SpanData.Span;
import org.concordia.consensus.service.measures.UnitizingAlpha;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/** Krippendorff's unitizing alpha against his published worked example and against DKPro Statistics. */
class UnitizingAlphaTest {

    private static final double EXACT = 1e-9;

    /**
     * Krippendorff, "Content Analysis: An Introduction to Its Methodology", 2nd ed., Sage 2004, pp. 251-256: two
     * observers i and j unitize the continuum 150..450 into categories c and k. The book gives the distances 50, 850
     * and 400 for the three disagreeing pairs of c, so cD_o = 2 * 1300 / (2 * 1 * 300^2) = 13/900, and reports
     * c-alpha-u = .7286, k-alpha-u = 1. The exact fractions below follow from the book's formulas with its data:
     * cD_e = 69179/1299825, kD_e = 127621/2605650.
     */
    private static SpanData krippendorff2004() {
        int begin = 150;
        List<Span> spans = List.of(
                span("i", "c", 225, 70, begin), span("i", "c", 370, 30, begin),
                span("j", "c", 220, 80, begin), span("j", "c", 355, 20, begin), span("j", "c", 400, 20, begin),
                span("i", "k", 180, 60, begin), span("i", "k", 300, 50, begin),
                span("j", "k", 180, 60, begin), span("j", "k", 300, 50, begin));
        return new SpanData(List.of(new Section("continuum", 300, List.of("i", "j"), spans)));
    }

    @Test
    void krippendorffsDistancesOfOverlappingSegments() {
        assertThat(UnitizingAlpha.distance(225, 70, true, 220, 80, true)).isEqualTo(50);
        assertThat(UnitizingAlpha.distance(370, 30, true, 355, 20, true)).isEqualTo(850);
        assertThat(UnitizingAlpha.distance(400, 50, false, 400, 20, true)).as("a unit inside the other's gap")
                .isEqualTo(400);
        assertThat(UnitizingAlpha.distance(5, 6, true, 5, 6, true)).isZero();
    }

    @Test
    void krippendorff2004WorkedExample() {
        UnitizingAlpha alpha = UnitizingAlpha.of(krippendorff2004());

        assertThat(alpha.observed("c")).isCloseTo(13.0 / 900, within(EXACT));
        assertThat(alpha.expected("c")).isCloseTo(69179.0 / 1299825, within(EXACT));
        assertThat(alpha.of("c").value()).isCloseTo(201615.0 / 276716, within(EXACT))
                .isCloseTo(0.7286, within(0.00005));
        assertThat(alpha.observed("k")).isZero();
        assertThat(alpha.expected("k")).isCloseTo(127621.0 / 2605650, within(EXACT));
        assertThat(alpha.of("k").value()).isCloseTo(1.0, within(EXACT));
        assertThat(alpha.overall().value()).as("1 - (cD_o + kD_o) / (cD_e + kD_e)")
                .isCloseTo(7925853267.0 / 9230432738.0, within(EXACT));
    }

    @Test
    void matchesDkproStatisticsOnRandomStudies() {
        Random random = new Random(2004);
        for (int study = 0; study < 20; study++) {
            int length = 200 + random.nextInt(800);
            int raters = 2 + random.nextInt(4);
            List<String> coders = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            UnitizingAnnotationStudy dkpro = new UnitizingAnnotationStudy(raters, 0, length);
            for (int r = 0; r < raters; r++) {
                coders.add("coder" + r);
                for (String category : List.of("a", "b")) {
                    int position = random.nextInt(30);
                    while (position < length - 2) {
                        int unit = 1 + random.nextInt(Math.min(60, length - position - 1));
                        spans.add(new Span("coder" + r, category, position, position + unit));
                        dkpro.addUnit(position, unit, r, category);
                        position += unit + 1 + random.nextInt(120);
                    }
                }
            }
            UnitizingAlpha ours = UnitizingAlpha.of(new SpanData(List.of(new Section("s", length, coders, spans))));
            KrippendorffAlphaUnitizingAgreement theirs = new KrippendorffAlphaUnitizingAgreement(dkpro);
            assertThat(ours.overall().value()).as("study %d", study)
                    .isCloseTo(theirs.calculateAgreement(), within(EXACT));
            assertThat(ours.of("a").value()).isCloseTo(theirs.calculateCategoryAgreement("a"), within(EXACT));
        }
    }

    @Test
    void identicalSpansAgreePerfectlyAndOneCoderGivesAReasonNotANumber() {
        List<Span> same = List.of(new Span("ada", "Support", 3, 20), new Span("ben", "Support", 3, 20));
        SpanData data = new SpanData(List.of(new Section("p1", 60, List.of("ada", "ben"), same),
                new Section("p2", 40, List.of("ada", "ben"), List.of())));
        assertThat(UnitizingAlpha.of(data).overall().value()).isCloseTo(1.0, within(EXACT));

        AgreementResult alone = UnitizingAlpha.of(new SpanData(List.of(new Section("p1", 60, List.of("ada"),
                List.of(new Span("ada", "Support", 3, 20)))))).overall();
        assertThat(alone.defined()).isFalse();
        assertThat(alone.explanation()).contains("one coder");
        assertThat(UnitizingAlpha.of(data).of("Opposition").explanation()).contains("Nobody marked");
    }

    @Test
    void theBootstrapOverPassagesIsSeededAndBracketsTheValue() {
        Random random = new Random(7);
        List<Section> sections = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            int start = random.nextInt(20);
            List<Span> spans = List.of(new Span("ada", "Support", start, start + 15),
                    new Span("ben", "Support", start + random.nextInt(6), start + 15 + random.nextInt(6)));
            sections.add(new Section("p" + p, 50, List.of("ada", "ben"), spans));
        }
        UnitizingAlpha alpha = UnitizingAlpha.of(new SpanData(sections));
        AgreementResult first = alpha.overallWithInterval(500, 42);
        AgreementResult again = alpha.overallWithInterval(500, 42);
        assertThat(first.interval()).isEqualTo(again.interval());
        assertThat(first.interval().lower()).isLessThanOrEqualTo(first.value());
        assertThat(first.interval().upper()).isGreaterThanOrEqualTo(first.value());
    }

    private static Span span(String coder, String category, int offset, int length, int begin) {
        return new Span(coder, category, offset - begin, offset - begin + length);
    }
}
