package org.concordia.consensus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordia.coding.model.AssignmentView;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.Confusion;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.Dashboard;
import org.concordia.consensus.service.MonitoringService;
import org.concordia.platform.web.Charts;
import org.concordia.platform.web.Charts.Series;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.ProjectSummary;

/**
 * The supervisor's monitoring dashboard of a project ({@code monitor.xhtml?project=3}, {@code /go/monitor/3}):
 * progress per coder and per document, consensus states, agreement per claim type with intervals and across
 * codebook versions, the coder-pair heat map and the confusion between claim types.
 */
@Named
@ViewScoped
public class MonitorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<ConsensusState, String> STATE_COLOURS = Map.of(
            ConsensusState.NOT_STARTED, "#cfd8dc", ConsensusState.IN_CODING, "#90caf9",
            ConsensusState.READY, "#ffe082", ConsensusState.AGREED, "#a5d6a7",
            ConsensusState.DISPUTED, "#ef9a9a", ConsensusState.ADJUDICATED, "#5c6bc0");

    @Inject
    DocumentService documents;

    @Inject
    MonitoringService monitoring;

    private Long project;
    private ProjectSummary summary;
    private List<AssignmentView> assignmentList;
    private Map<ConsensusState, Integer> states;
    private AgreementReport report;
    private Confusion confusion;

    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        summary = documents.project(project);
        Dashboard dashboard = monitoring.dashboard(project);
        assignmentList = dashboard.assignments();
        states = dashboard.states();
        report = dashboard.agreement();
        confusion = dashboard.confusion();
    }

    /** Coded and remaining passages of each coder's assignments, and how many documents they have submitted. */
    public String getCoderProgressChart() {
        Map<String, int[]> byCoder = new java.util.TreeMap<>();
        for (AssignmentView a : assignmentList) {
            int[] sums = byCoder.computeIfAbsent(a.coder(), c -> new int[2]);
            sums[0] += a.codedPassages();
            sums[1] += Math.max(0, a.codablePassages() - a.codedPassages());
        }
        List<String> labels = new ArrayList<>(byCoder.keySet());
        return Charts.stackedBars(labels, List.of(
                new Series("coded passages", "#43a047", labels.stream().map(c -> byCoder.get(c)[0]).toList()),
                new Series("still to code", "#e0e0e0", labels.stream().map(c -> byCoder.get(c)[1]).toList())));
    }

    /** Per document: how many of its coders have submitted it and how many have not. */
    public String getDocumentProgressChart() {
        Map<String, int[]> byDocument = new LinkedHashMap<>();
        for (AssignmentView a : assignmentList) {
            int[] sums = byDocument.computeIfAbsent(a.documentTitle(), d -> new int[2]);
            sums[a.submitted() ? 0 : 1]++;
        }
        List<String> labels = new ArrayList<>(byDocument.keySet());
        return Charts.stackedBars(labels, List.of(
                new Series("coders submitted", "#1e88e5", labels.stream().map(d -> byDocument.get(d)[0]).toList()),
                new Series("coders still coding", "#ffcc80", labels.stream().map(d -> byDocument.get(d)[1]).toList())));
    }

    public String getStatesChart() {
        List<ConsensusState> shown = List.of(ConsensusState.values());
        return Charts.doughnut(shown.stream().map(ConsensusState::label).toList(),
                shown.stream().map(states::get).toList(), shown.stream().map(STATE_COLOURS::get).toList());
    }

    public String getAgreementChart() {
        return ChartJson.agreementBars(report.measureLabel(), report.byClaimType());
    }

    public String getVersionChart() {
        return ChartJson.agreementLine(report.measureLabel(), report.byCodebookVersion());
    }

    public String format(AgreementResult result) {
        return AgreementFormat.value(result);
    }

    public String interval(AgreementResult result) {
        return AgreementFormat.interval(result);
    }

    /** Heat-map colour of a coder pair: red for disagreement through yellow to green for agreement. */
    public String heat(AgreementResult result) {
        return AgreementFormat.heat(result);
    }

    /** Confusion cells: the diagonal green, confusions redder the more often they occur. */
    public String confusionStyle(int row, int column) {
        long count = confusion.count(row, column);
        if (count == 0) {
            return "";
        }
        if (row == column) {
            return "background: #e8f5e9";
        }
        double share = (double) count / Math.max(1, confusion.largestConfusion());
        return "background: hsla(0, 75%, 60%, " + String.format(Locale.ROOT, "%.2f", 0.15 + 0.6 * share) + ")";
    }

    public List<Integer> getConfusionIndices() {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < confusion.labels().size(); i++) {
            indices.add(i);
        }
        return indices;
    }

    public int getPassages() {
        return states.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public Map<ConsensusState, Integer> getStates() {
        return states;
    }

    public AgreementReport getReport() {
        return report;
    }

    public Confusion getConfusion() {
        return confusion;
    }
}
