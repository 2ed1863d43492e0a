package org.concordia.export.service;

import java.util.ArrayList;
import java.util.List;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.model.AgreementResult;

/**
 * An agreement report as flat rows, one per figure, in the order the agreement page shows them: overall, per claim
 * type, per document, per coder pair, per codebook version, per attribute, then spans (unitizing alpha). What the
 * CSV and the printable page of the agreement report are written from.
 */
final class AgreementReportRows {

    /** One figure: where it belongs, what it is about, its value and 95% interval, what it rests on. */
    record Row(String level, String item, String measure, Double value, Double lower, Double upper, long units,
            int coders, String explanation) {

        static Row of(String level, String item, AgreementResult result) {
            return new Row(level, item, result.measure(), result.value(),
                    result.interval() == null ? null : result.interval().lower(),
                    result.interval() == null ? null : result.interval().upper(), result.pairableUnits(),
                    result.coders(), result.explanation());
        }
    }

    static final String OVERALL = "overall";
    static final String CLAIM_TYPE = "claim type";
    static final String DOCUMENT = "document";
    static final String CODER_PAIR = "coder pair";
    static final String CODEBOOK_VERSION = "codebook version";
    static final String ATTRIBUTE = "attribute";
    static final String SPANS = "spans (unitizing alpha)";
    static final String SPANS_BY_CLAIM_TYPE = "spans by claim type";

    private AgreementReportRows() {
    }

    static List<Row> of(AgreementReport report) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(OVERALL, "all claim types", report.overall()));
        report.byClaimType().forEach(r -> rows.add(Row.of(CLAIM_TYPE, r.label(), r.result())));
        report.byDocument().forEach(r -> rows.add(Row.of(DOCUMENT, r.label(), r.result())));
        List<String> coders = report.coders();
        for (int a = 0; a < coders.size(); a++) {
            for (int b = a + 1; b < coders.size(); b++) {
                AgreementResult pair = report.coderPairs().get(a).withCoders().get(b);
                if (pair != null) {
                    rows.add(Row.of(CODER_PAIR, coders.get(a) + " & " + coders.get(b), pair));
                }
            }
        }
        report.byCodebookVersion().forEach(r -> rows.add(Row.of(CODEBOOK_VERSION, r.label(), r.result())));
        report.byAttribute().forEach(r -> rows.add(Row.of(ATTRIBUTE, r.claimType() + " / " + r.attribute()
                + " (" + r.level() + ")", r.result())));
        rows.add(Row.of(SPANS, "all claim types", report.unitizing()));
        report.unitizingByClaimType().forEach(r -> rows.add(Row.of(SPANS_BY_CLAIM_TYPE, r.label(), r.result())));
        return rows;
    }
}
