package org.concordia.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.search.model.SearchFilter;
import org.concordia.search.model.SearchResult;
import org.concordia.search.service.SearchService;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.MemberService;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Search ({@code search.xhtml?project=3&q=Kadhimi}, {@code /go/search/3?q=Kadhimi}): a project's passages with the
 * query's words, an entity's name standing for every name it goes by, grouped by document, each line opening the
 * coding screen at its passage; filters keep documents of an outlet, a source type or a time, and passages coded
 * with a claim type or by a coder. From the menu, without a project, it asks which project to search first. The
 * form sends a GET, so a search is an address to bookmark and share.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchService search;

    @Inject
    DocumentService documents;

    @Inject
    ProjectService projects;

    @Inject
    CodebookService codebooks;

    @Inject
    MemberService members;

    @Inject
    TenantAccess access;

    private Long project;
    private String q;
    private String outlet;
    private String sourceType;
    private String from;
    private String to;
    /** A claim type id; a hand-typed address may say anything, which filters nothing. */
    private String claimType;
    private String coder;
    private ProjectSummary summary;
    private List<ProjectSummary> projectChoices;
    private List<String> outlets = List.of();
    private List<ClaimTypeView> claimTypes = List.of();
    private List<String> coderNames = List.of();
    private SearchResult result;

    public void load() {
        projectChoices = projects.listProjects();
        if (project == null) {
            return;
        }
        summary = documents.project(project);
        outlets = documents.listDocuments(project).stream().map(d -> d.metadata().publisher())
                .filter(java.util.Objects::nonNull).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        claimTypes = codebooks.view(project).claimTypes();
        if (access.has(TenantRole.SUPERVISOR)) {
            coderNames = members.listMemberNames();
        }
        if (q != null && !q.isBlank()) {
            result = search.search(project, q, filter());
        }
    }

    private SearchFilter filter() {
        SourceType type = java.util.Arrays.stream(SourceType.values()).filter(t -> t.name().equals(sourceType))
                .findFirst().orElse(null);
        Long claimTypeId = claimType != null && claimType.matches("\\d{1,18}") ? Long.valueOf(claimType) : null;
        return new SearchFilter(outlet, type, day(from), day(to), claimTypeId,
                access.has(TenantRole.SUPERVISOR) ? coder : null);
    }

    /** A day typed or picked as yyyy-mm-dd; anything else is no bound, and said so. */
    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException notADay) {
            Messages.warn(Texts.get("search.notADay", text));
            return null;
        }
    }

    /** Whether any filter is set: the filters then stay unfolded. */
    public boolean isFiltered() {
        return outlet != null && !outlet.isBlank() || sourceType != null && !sourceType.isBlank()
                || from != null && !from.isBlank() || to != null && !to.isBlank()
                || claimType != null && !claimType.isBlank()
                || coder != null && !coder.isBlank();
    }

    public SourceType[] getSourceTypes() {
        return SourceType.values();
    }

    public List<String> getOutlets() {
        return outlets;
    }

    public List<ClaimTypeView> getClaimTypes() {
        return claimTypes;
    }

    public List<String> getCoderNames() {
        return coderNames;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getSourceType() {
        return sourceType;
    }

    public void setSourceType(String sourceType) {
        this.sourceType = sourceType;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getClaimType() {
        return claimType;
    }

    public void setClaimType(String claimType) {
        this.claimType = claimType;
    }

    public String getCoder() {
        return coder;
    }

    public void setCoder(String coder) {
        this.coder = coder;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public List<ProjectSummary> getProjectChoices() {
        return projectChoices;
    }

    public SearchResult getResult() {
        return result;
    }
}
