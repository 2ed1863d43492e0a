package org.concordia.consensus.web;

import java.util.Locale;
import org.concordia.consensus.model.AgreementResult;

/** How agreement figures read on every page: three decimals, a dash for no value, intervals in brackets. */
final class AgreementFormat {

    private AgreementFormat() {
    }

    static String value(AgreementResult result) {
        return result == null || !result.defined() ? "\u2014" : String.format(Locale.ROOT, "%.3f", result.value());
    }

    static String interval(AgreementResult result) {
        return result == null || result.interval() == null ? "" : String.format(Locale.ROOT, "[%.3f, %.3f]",
                result.interval().lower(), result.interval().upper());
    }

    /** Heat-map colour: red for disagreement through yellow to green for agreement; grey for no value. */
    static String heat(AgreementResult result) {
        if (result == null || !result.defined()) {
            return "background: #f2f2f2";
        }
        double v = Math.max(0, Math.min(1, result.value()));
        return "background: hsl(" + Math.round(v * 120) + ", 70%, 80%)";
    }
}
