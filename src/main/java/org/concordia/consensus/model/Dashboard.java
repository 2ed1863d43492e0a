package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.concordia.coding.model.AssignmentView;

/** What the monitoring dashboard shows of a project, computed together. */
public record Dashboard(List<AssignmentView> assignments, Map<ConsensusState, Integer> states,
        AgreementReport agreement, Confusion confusion) implements Serializable {

    public Dashboard withAgreement(AgreementReport report) {
        return new Dashboard(assignments, states, report, confusion);
    }
}
