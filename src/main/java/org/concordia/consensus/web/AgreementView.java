package org.concordia.consensus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.service.AgreementService;
import org.concordia.consensus.service.measures.AgreementMeasure;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.ProjectSummary;

/**
 * Agreement in a project ({@code agreement.xhtml?project=3}, linked as {@code /go/agreement/3}): one measure chosen
 * from the registry, overall and per claim type with 95% intervals (table and chart), per document, and the
 * coder-pair matrix as a heat map.
 */
@Named
@ViewScoped
public class AgreementView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_MEASURE = "krippendorff-alpha-nominal";

    @Inject
    AgreementService agreement;

    @Inject
    DocumentService documents;

    private Long project;
    private ProjectSummary summary;
    private String measure = DEFAULT_MEASURE;
    private AgreementReport report;

    public void load() {
        if (project == null) {
            throw new NotFoundException("No project was named: open one from the dashboard.");
        }
        summary = documents.project(project);
        compute();
    }

    public void compute() {
        report = agreement.report(project, measure);
    }

    public List<AgreementMeasure> getMeasures() {
        return agreement.measures();
    }

    /** A value as people read it: three decimals, or a dash when the measure is not defined. */
    public String format(AgreementResult result) {
        return result == null || !result.defined() ? "\u2014" : String.format(Locale.ROOT, "%.3f", result.value());
    }

    public String interval(AgreementResult result) {
        if (result == null || result.interval() == null) {
            return "";
        }
        return String.format(Locale.ROOT, "[%.3f, %.3f]", result.interval().lower(), result.interval().upper());
    }

    /** Heat-map colour of a coder pair: red for disagreement through yellow to green for agreement. */
    public String heat(AgreementResult result) {
        if (result == null || !result.defined()) {
            return "background: #f2f2f2";
        }
        double v = Math.max(0, Math.min(1, result.value()));
        int hue = (int) Math.round(v * 120);
        return "background: hsl(" + hue + ", 70%, 80%)";
    }

    /** The per-claim-type chart for PrimeFaces' Chart.js component: the value and its interval as a floating bar. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder intervals = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (AgreementReport.Row row : report.byClaimType()) {
            labels.add(row.label());
            AgreementResult r = row.result();
            if (r.defined()) {
                values.add(r.value());
            } else {
                values.addNull();
            }
            if (r.interval() != null) {
                intervals.add(Json.createArrayBuilder().add(r.interval().lower()).add(r.interval().upper()));
            } else {
                intervals.addNull();
            }
            colours.add(row.colour() == null ? "#888888" : row.colour());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", report.measureLabel())
                                        .add("data", values).add("backgroundColor", colours))
                                .add(Json.createObjectBuilder().add("label", "95% interval")
                                        .add("data", intervals).add("backgroundColor", "rgba(0,0,0,0.15)"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("min", -1).add("max", 1))))
                .build().toString();
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

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public AgreementReport getReport() {
        return report;
    }
}
