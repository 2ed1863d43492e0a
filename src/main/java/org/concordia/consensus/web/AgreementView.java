package org.concordia.consensus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.SnapshotView;
import org.concordia.consensus.service.AgreementService;
import org.concordia.consensus.service.measures.AgreementMeasure;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Agreement in a project ({@code agreement.xhtml?project=3}, linked as {@code /go/agreement/3}): one measure chosen
 * from the registry, overall and per claim type with 95% intervals (table and chart), per document, and the
 * coder-pair matrix as a heat map. The figures come at once; their intervals follow from the background, the page
 * polling until they are there.
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
    private List<SnapshotView> snapshots;
    private String snapshotLabel;

    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        summary = documents.project(project);
        compute();
        snapshots = agreement.snapshots(project);
    }

    public void compute() {
        report = agreement.reportAtOnce(project, measure);
    }

    /** Keeps the overall figure with its data, so that it can be computed again later. */
    public void saveSnapshot() {
        SnapshotView saved = agreement.snapshot(project, measure, snapshotLabel);
        Messages.info(Texts.get("agreement.msg.snapshotSaved", saved.measureLabel(), saved.value() == null
                ? Texts.get("agreement.msg.noValue") : String.format(Locale.ROOT, "%.3f", saved.value()), saved.units(),
                saved.codebookVersion()));
        snapshotLabel = null;
        snapshots = agreement.snapshots(project);
    }

    /** Computes a snapshot's figure again from its stored data and says whether it is the same. */
    public void reproduce(SnapshotView snapshot) {
        AgreementResult again = agreement.reproduce(snapshot.id());
        boolean same = java.util.Objects.equals(again.value(), snapshot.value())
                && (again.interval() == null ? snapshot.lower() == null
                        : again.interval().lower() == snapshot.lower() && again.interval().upper() == snapshot.upper());
        String figure = format(again) + " " + interval(again);
        if (same) {
            Messages.info(Texts.get("agreement.msg.recomputedSame", figure));
        } else {
            Messages.warn(Texts.get("agreement.msg.recomputedDiffers", figure));
        }
    }

    public StreamedContent data(SnapshotView snapshot) {
        byte[] csv = agreement.snapshotData(snapshot.id()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("agreement-snapshot-" + snapshot.id() + ".csv")
                .contentType("text/csv; charset=UTF-8").contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public String snapshotFigure(SnapshotView s) {
        if (s.value() == null) {
            return "\u2014";
        }
        String value = String.format(Locale.ROOT, "%.3f", s.value());
        return s.lower() == null ? value : value + String.format(Locale.ROOT, " [%.3f, %.3f]", s.lower(), s.upper());
    }

    public List<SnapshotView> getSnapshots() {
        return snapshots;
    }

    public String getSnapshotLabel() {
        return snapshotLabel;
    }

    public void setSnapshotLabel(String snapshotLabel) {
        this.snapshotLabel = snapshotLabel;
    }

    public List<AgreementMeasure> getMeasures() {
        return agreement.measures();
    }

    /** A value as people read it: three decimals, or a dash when the measure is not defined. */
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

    /** The per-claim-type chart for PrimeFaces' Chart.js component: the value and its interval as a floating bar. */
    public String getChart() {
        return ChartJson.agreementBars(report.measureLabel(), report.byClaimType());
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
