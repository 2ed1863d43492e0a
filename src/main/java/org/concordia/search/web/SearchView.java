package org.concordia.search.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.search.model.SearchFilter;
import org.concordia.search.model.SearchResult;
import org.concordia.search.service.Languages;
import org.concordia.search.service.SearchService;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.MemberService;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Search ({@code search.xhtml?project=3&q=Kadhimi}, {@code /go/search/3?q=Kadhimi}): a project's passages with the
 * query's words, an entity's name standing for every name it goes by, grouped by document, each line opening the
 * coding screen at its passage; filters keep documents of an outlet, a source type, a time or a language, and
 * passages coded with a claim type, by a coder, with an attribute's value, in a consensus state or in the gold
 * standard (the last three and the coder for supervisors only). From the menu, without a project, it asks which project to search first. The
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
    private String language;
    private String attribute;
    private String value;
    private String state;
    private boolean gold;
    private ProjectSummary summary;
    private List<ProjectSummary> projectChoices;
    private List<String> outlets = List.of();
    private List<ClaimTypeView> claimTypes = List.of();
    private List<String> coderNames = List.of();
    private List<Choice> languages = List.of();
    private List<String> attributeNames = List.of();
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
        attributeNames = claimTypes.stream().flatMap(t -> t.draft().attributes().stream())
                .map(AttributeField::name).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (access.has(TenantRole.SUPERVISOR)) {
            coderNames = members.listMemberNames();
        }
        if (q != null && !q.isBlank()) {
            result = search.search(project, q, filter());
        }
        // After the search, which indexes changed documents and so finds their languages.
        java.util.Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        languages = search.languages(project).stream().map(code -> new Choice(code, Languages.name(code, reader)))
                .toList();
    }

    private SearchFilter filter() {
        SourceType type = java.util.Arrays.stream(SourceType.values()).filter(t -> t.name().equals(sourceType))
                .findFirst().orElse(null);
        Long claimTypeId = claimType != null && claimType.matches("\\d{1,18}") ? Long.valueOf(claimType) : null;
        ConsensusState inState = java.util.Arrays.stream(ConsensusState.values())
                .filter(t -> t.name().equals(state)).findFirst().orElse(null);
        return SearchFilter.none().withOutlet(outlet).withSourceType(type).withPublished(day(from), day(to))
                .withLanguage(language).withClaimType(claimTypeId).withCoder(coder).withAttribute(attribute, value)
                .withState(inState).withGoldOnly(gold);
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
                || coder != null && !coder.isBlank() || language != null && !language.isBlank()
                || value != null && !value.isBlank() || state != null && !state.isBlank() || gold;
    }

    /** Whether this user may filter by consensus state and the gold standard: supervisors. */
    public boolean isReviewer() {
        return access.has(TenantRole.SUPERVISOR);
    }

    public ConsensusState[] getStates() {
        return ConsensusState.values();
    }

    public List<Choice> getLanguages() {
        return languages;
    }

    public List<String> getAttributeNames() {
        return attributeNames;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAttribute() {
        return attribute;
    }

    public void setAttribute(String attribute) {
        this.attribute = attribute;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public boolean isGold() {
        return gold;
    }

    public void setGold(boolean gold) {
        this.gold = gold;
    }

    /** An option of a filter: what the address says, what the reader reads. */
    public record Choice(String value, String label) implements Serializable {
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
