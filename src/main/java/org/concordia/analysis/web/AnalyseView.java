package org.concordia.analysis.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordia.analysis.model.CodedSegment;
import org.concordia.analysis.model.CrossTable;
import org.concordia.analysis.model.Dimension;
import org.concordia.analysis.model.Heading;
import org.concordia.analysis.model.SegmentQuery;
import org.concordia.analysis.model.Segments;
import org.concordia.analysis.service.AnalysisService;
import org.concordia.analysis.service.CodeTables;
import org.concordia.codebook.model.ClaimTypeTree;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.ExportFilter;
import org.concordia.export.service.ExportService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.platform.web.Charts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.MemberService;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Analyse a project ({@code analyse.xhtml?project=3}, {@code /go/analyse/3}): its coded segments, chosen by claim
 * type, coder and document detail; claim types by document, outlet, author, source type, year or month, as a heat
 * map with a chart; claim types that occur together. Every cell of a table opens its segments. Everything is in
 * the address (plain GET forms and links), so a view is a bookmark; supervisors see everybody's codings and may
 * export a selection, a coder sees her own.
 */
@Named
@ViewScoped
public class AnalyseView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many segments the page lists; the export has them all. */
    static final int SHOWN = 200;
    /** The most rows a chart draws (the largest); the table has them all. */
    static final int CHARTED = 40;

    @Inject
    AnalysisService analysis;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentService documents;

    @Inject
    ExportService exports;

    @Inject
    MemberService members;

    @Inject
    TenantAccess access;

    private Long project;
    private String tab = "segments";
    private String by;
    private String value;
    private String coder;
    private boolean sub;
    private boolean together;
    private boolean overlap;

    private ProjectSummary summary;
    private boolean supervisor;
    private List<ClaimTypeView> claimTypes;
    private Set<Long> chosenTypes = Set.of();
    private List<String> coderNames = List.of();
    private Dimension dimension;
    private Segments segments;
    private CrossTable table;

    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        summary = documents.project(project);
        supervisor = access.has(TenantRole.SUPERVISOR);
        claimTypes = codebooks.view(project).claimTypes();
        chosenTypes = chosenTypeIds();
        dimension = dimension(by);
        if (supervisor) {
            coderNames = members.listMemberNames();
        }
        switch (tab) {
            case "codes" -> table = analysis.codesBy(project, dimension == null ? Dimension.DOCUMENT : dimension);
            case "together" -> table = analysis.coOccurrence(project, overlap);
            default -> {
                tab = "segments";
                segments = analysis.segments(project, query(), SHOWN);
            }
        }
    }

    /** Starts an export of the segments shown (all of them, not only the first) and goes to the exports page. */
    public String export(String format) {
        SegmentQuery q = query();
        Set<Long> types = q.withDescendants() ? ClaimTypeTree.withDescendants(q.claimTypes(), claimTypes)
                : q.claimTypes();
        Set<Long> inDocuments = q.dimension() == null ? Set.of()
                : CodeTables.documentsWith(documents.listDocuments(project), q.dimension(), q.value());
        var job = exports.start(project, format, new ExportFilter(inDocuments, types,
                q.coder() == null ? Set.of() : Set.of(q.coder()), Set.of(), false));
        Messages.infoAfterRedirect(Texts.get("exports.msg.started", job.id()));
        return "/exports?faces-redirect=true&project=" + project;
    }

    private SegmentQuery query() {
        return new SegmentQuery(chosenTypes, sub, dimension, dimension == null ? null : value,
                supervisor ? coder : null, together, overlap);
    }

    private Set<Long> chosenTypeIds() {
        String[] asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .getOrDefault("type", new String[0]);
        Set<Long> ids = new LinkedHashSet<>();
        for (String one : asked) {
            for (String part : one.split(",")) {
                try {
                    ids.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException notAnId) {
                    // a hand-typed address: an unknown claim type selects nothing, a malformed one is ignored
                }
            }
        }
        return Set.copyOf(ids);
    }

    private static Dimension dimension(String name) {
        return Arrays.stream(Dimension.values()).filter(d -> d.name().equalsIgnoreCase(name)).findFirst()
                .orElse(null);
    }

    /** The label of a row or column: a source type in the page's language, "none given" for documents without. */
    public String label(Heading heading) {
        if (heading.none()) {
            return Texts.get(dimension == Dimension.YEAR || dimension == Dimension.MONTH ? "analyse.noDate"
                    : "analyse.noneGiven");
        }
        if (tab.equals("codes") && dimension == Dimension.SOURCE_TYPE) {
            return Texts.label(SourceType.valueOf(heading.key()));
        }
        return heading.label();
    }

    /** The address of the segments behind a cell of the claim-types-by-document table. */
    public String cellLink(Heading row, Heading column) {
        return segmentsLink(column == null ? List.of() : List.of(column.key()))
                + "&by=" + shownDimension().name() + "&value=" + encoded(row.key());
    }

    /** The address of the segments behind a cell of the co-occurrence table. */
    public String togetherLink(Heading row, Heading column) {
        return segmentsLink(List.of(row.key(), column.key())) + "&together=true" + (overlap ? "&overlap=true" : "");
    }

    /** The address of one claim type's segments. */
    public String typeLink(Heading column) {
        return segmentsLink(List.of(column.key()));
    }

    private String segmentsLink(List<String> types) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/analyse.xhtml?project=" + project + "&tab=segments"
                + types.stream().distinct().map(t -> "&type=" + encoded(t)).collect(Collectors.joining());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** What the current segment selection is, in words, for the line above the list. */
    public List<String> getSelection() {
        List<String> said = new ArrayList<>();
        Map<Long, ClaimTypeView> byId = claimTypes.stream()
                .collect(Collectors.toMap(ClaimTypeView::id, Function.identity()));
        String types = chosenTypes.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(ClaimTypeView::name).sorted().collect(Collectors.joining(together ? " + " : ", "));
        if (!types.isEmpty()) {
            said.add(Texts.get(together ? (overlap ? "analyse.selectionOverlapping" : "analyse.selectionTogether")
                    : sub ? "analyse.selectionTypesBelow" : "analyse.selectionTypes", types));
        }
        if (dimension != null) {
            said.add(Texts.label(dimension) + ": " + label(new Heading(value == null ? "" : value,
                    dimensionValueLabel())));
        }
        if (supervisor && coder != null && !coder.isBlank()) {
            said.add(Texts.get("analyse.selectionCoder", coder));
        }
        return said;
    }

    private String dimensionValueLabel() {
        if (dimension == Dimension.DOCUMENT && value != null) {
            return documents.listDocuments(project).stream().filter(d -> String.valueOf(d.id()).equals(value))
                    .map(d -> d.title()).findFirst().orElse(value);
        }
        if (dimension == Dimension.SOURCE_TYPE && value != null) {
            return Arrays.stream(SourceType.values()).filter(t -> t.name().equals(value)).findFirst()
                    .map(Texts::label).orElse(value);
        }
        return value;
    }

    /** The chart beside the table: lines over time, else stacked bars of the rows with the most codings. */
    public String getChart() {
        if (table == null || table.isEmpty() || !tab.equals("codes")) {
            return null;
        }
        List<CrossTable.Row> rows = table.rows();
        boolean overTime = shownDimension().chronological();
        if (!overTime && rows.size() > CHARTED) {
            rows = rows.stream().sorted(Comparator.comparingLong(CrossTable.Row::total).reversed()).limit(CHARTED)
                    .toList();
        }
        List<CrossTable.Row> charted = rows;
        List<String> labels = charted.stream().map(r -> label(r.heading())).toList();
        Map<String, String> colours = claimTypes.stream().filter(t -> t.draft().colour() != null)
                .collect(Collectors.toMap(t -> String.valueOf(t.id()), t -> t.draft().colour()));
        List<Charts.Series> series = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columnTotals().get(c) == 0) {
                continue;
            }
            int column = c;
            Heading type = table.columns().get(c);
            series.add(new Charts.Series(type.label(), colours.getOrDefault(type.key(),
                    Charts.PALETTE.get(series.size() % Charts.PALETTE.size())),
                    charted.stream().map(r -> r.cells().get(column).count()).toList()));
        }
        return overTime ? Charts.lines(labels, series) : Charts.stackedBars(labels, series);
    }

    /** Whether the chart leaves rows out (it draws the {@link #CHARTED} with the most codings). */
    public boolean isChartCut() {
        return table != null && !shownDimension().chronological() && table.rows().size() > CHARTED;
    }

    public int getCharted() {
        return CHARTED;
    }

    public Dimension shownDimension() {
        return dimension == null ? Dimension.DOCUMENT : dimension;
    }

    public boolean isChosen(ClaimTypeView type) {
        return chosenTypes.contains(type.id());
    }

    public Dimension[] getDimensions() {
        return Dimension.values();
    }

    /** Whether the selection can go to an export as it is (an export cannot select passages by co-occurrence). */
    public boolean isExportable() {
        return supervisor && !together && segments != null && segments.total() > 0;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab == null ? "segments" : tab;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getCoder() {
        return coder;
    }

    public void setCoder(String coder) {
        this.coder = coder;
    }

    public boolean isSub() {
        return sub;
    }

    public void setSub(boolean sub) {
        this.sub = sub;
    }

    public boolean isTogether() {
        return together;
    }

    public void setTogether(boolean together) {
        this.together = together;
    }

    public boolean isOverlap() {
        return overlap;
    }

    public void setOverlap(boolean overlap) {
        this.overlap = overlap;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public List<ClaimTypeView> getClaimTypes() {
        return claimTypes;
    }

    public List<String> getCoderNames() {
        return coderNames;
    }

    public Segments getSegments() {
        return segments;
    }

    public List<CodedSegment> getShown() {
        return segments == null ? List.of() : segments.shown();
    }

    public CrossTable getTable() {
        return table;
    }
}
