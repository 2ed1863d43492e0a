package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.Dashboard;
import org.concordia.consensus.model.PassageConsensus;
import org.concordia.consensus.model.ReviewQueue;
import org.concordia.documents.service.DocumentService;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * The monitoring dashboard's figures: progress, consensus states, the agreement overview and the confusion between
 * claim types, computed together and kept in {@link ComputedFigures} until the project's data change (the
 * agreement overview at once, its intervals following from the background).
 */
@ApplicationScoped
@Transactional
public class MonitoringService {

    static final String MEASURE = "krippendorff-alpha-nominal";

    @Inject
    ComputedFigures figures;

    @Inject
    AssignmentService assignments;

    @Inject

    PassageStateService passageStates;

    @Inject
    AgreementService agreement;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentService documents;

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "monitor projects")
    public Dashboard dashboard(long projectId) {
        documents.project(projectId);
        Dashboard dashboard = figures.get("dashboard", projectId, () -> compute(projectId));
        // the agreement overview's intervals may still be under way: ask for the overview as it stands now
        return dashboard.agreement().complete() ? dashboard
                : dashboard.withAgreement(agreement.overviewAtOnce(projectId, MEASURE));
    }

    private Dashboard compute(long projectId) {
        List<PassageConsensus> passages = passageStates.states(projectId);
        Map<ConsensusState, Integer> states = ReviewQueue.countStates(passages);
        List<ClaimTypeView> types = codebooks.view(projectId).claimTypes().stream()
                .filter(t -> t.draft().codable()).toList();
        return new Dashboard(assignments.projectAssignments(projectId), states,
                agreement.overviewAtOnce(projectId, MEASURE),
                ClaimTypeConfusion.of(passages, types.stream().map(ClaimTypeView::id).toList(),
                        types.stream().map(ClaimTypeView::name).toList()));
    }
}
