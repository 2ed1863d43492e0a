package org.concordia.consensus.service.measures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.concordia.consensus.service.measures.CohenKappa.Weighting;
import org.concordia.consensus.service.measures.KrippendorffAlpha.Metric;

/**
 * The registry of agreement measures: what the agreement page offers and snapshots name by id. A new coefficient is
 * one class implementing {@link AgreementMeasure} and one line here.
 */
@ApplicationScoped
public class AgreementMeasures {

    private final List<AgreementMeasure> all = List.of(
            new KrippendorffAlpha(Metric.NOMINAL),
            new KrippendorffAlpha(Metric.ORDINAL),
            new KrippendorffAlpha(Metric.INTERVAL),
            new KrippendorffAlpha(Metric.RATIO),
            new FleissKappa(),
            new CohenKappa(Weighting.NONE),
            new CohenKappa(Weighting.LINEAR),
            new CohenKappa(Weighting.QUADRATIC),
            new PercentAgreement());

    public List<AgreementMeasure> all() {
        return all;
    }

    public Optional<AgreementMeasure> find(String id) {
        return all.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
