package org.concordia.consensus.service.measures;

import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ReliabilityData;

/**
 * One agreement coefficient. Implementations are pure functions of the reliability data: no state, no I/O, so they
 * can be tested against published examples and bootstrapped freely. {@link AgreementMeasures} lists them.
 */
public interface AgreementMeasure {

    /** A stable key, as stored in agreement snapshots and used in URLs: {@code krippendorff-alpha-nominal}. */
    String id();

    /** What users read: "Krippendorff's alpha (nominal)". */
    String label();

    /** For the help text: what the measure assumes and when to prefer it. */
    String description();

    /** Never NaN and never throws on odd data: an undefined result carries its reason. */
    AgreementResult compute(ReliabilityData data);
}
