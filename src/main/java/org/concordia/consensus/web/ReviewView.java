package org.concordia.consensus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.GoldCodingDraft;
import org.concordia.consensus.model.PassageConsensus;
import org.concordia.consensus.model.PassageReview;
import org.concordia.consensus.model.ReviewFilter;
import org.concordia.consensus.model.ReviewQueue;
import org.concordia.consensus.service.PassageStateService;
import org.concordia.consensus.service.DiscussionService;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.primefaces.PrimeFaces;

/**
 * The review queue of a project ({@code review.xhtml?project=3}, linked as {@code /go/review/3}): passages filtered
 * by state, document, claim type and coder; one passage side by side with each coder's codings, its discussion and
 * votes; and the supervisor's adjudication into the gold layer.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject

    PassageStateService passageStates;


    @Inject

    DiscussionService discussions;


    @Inject

    AdjudicationService adjudications;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    private Long project;
    private ProjectSummary summary;
    private List<DocumentSummary> documentList;
    private Map<Long, ClaimTypeView> claimTypes;
    private List<String> coders;

    private ConsensusState state = ConsensusState.DISPUTED;
    private Long documentFilter;
    private Long claimTypeFilter;
    private String coderFilter;
    private List<PassageConsensus> queue;
    private Map<ConsensusState, Integer> counts;

    private PassageReview selected;
    private Long passage;
    private String comment;
    private AdjudicationMethod method = AdjudicationMethod.TAKEN;
    private String takenFrom;
    private List<Long> mergedCodings = new ArrayList<>();
    private final List<GoldCodingDraft> newCodings = new ArrayList<>();
    private Long newClaimType;
    private Integer newStart;
    private Integer newEnd;
    private String rationale;

    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        summary = documents.project(project);
        documentList = documents.listDocuments(project);
        claimTypes = codebooks.view(project).claimTypes().stream()
                .collect(Collectors.toMap(ClaimTypeView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        ReviewQueue read = reread();
        if (passage != null) {
            // The address names the passage open before a reload or Back: open it again.
            read.passage(passage).ifPresent(this::open);
        }
    }

    /** Re-reads the queue with the current filters. */
    public void refresh() {
        reread();
    }

    private ReviewQueue reread() {
        ReviewQueue read = passageStates.reviewQueue(project,
                new ReviewFilter(state, documentFilter, claimTypeFilter, coderFilter));
        counts = read.counts();
        coders = read.coders();
        queue = read.shown();
        return read;
    }

    /** Opens a passage for review; the page's script puts it into the address, so that Back and reload return. */
    public void open(PassageConsensus opened) {
        selected = passageStates.review(opened.documentId(), opened.passageId());
        passage = opened.passageId();
        resetDecision();
        if (PrimeFaces.current().isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam("passage", opened.passageId());
        }
    }

    /** The open passage's id, from the address ({@code /go/review/3?passage=41}). */
    public Long getPassage() {
        return passage;
    }

    public void setPassage(Long passage) {
        this.passage = passage;
    }

    /** Accepts every agreed passage of the filtered document (or project) into the gold layer. */
    public void acceptUnanimous() {
        int settled = adjudications.acceptUnanimous(project, documentFilter);
        Messages.info(settled == 0 ? Texts.get("review.msg.noneWaiting")
                : Texts.get(settled == 1 ? "review.msg.acceptedOne" : "review.msg.acceptedMany", settled));
        refresh();
    }

    public void postComment() {
        discussions.comment(selected.consensus().documentId(), selected.consensus().passageId(), comment);
        comment = null;
        reloadSelected();
    }

    public void vote(String choice) {
        discussions.vote(selected.consensus().documentId(), selected.consensus().passageId(), choice);
        Messages.info(Texts.get("review.msg.vote", choice));
        reloadSelected();
    }

    /** Adds the selected claim type over the selected text (or the whole passage) to the new gold codings. */
    public void addNewCoding() {
        if (newClaimType == null) {
            Messages.warn(Texts.get("review.msg.chooseClaimType"));
            return;
        }
        int start = newStart == null ? selected.start() : newStart;
        int end = newEnd == null || newEnd <= start ? selected.end() : newEnd;
        newCodings.add(new GoldCodingDraft(newClaimType, start, end, Map.of(), null, null));
        newStart = null;
        newEnd = null;
    }

    public void removeNewCoding(GoldCodingDraft draft) {
        newCodings.remove(draft);
    }

    /** Settles the passage; on a conflict the handler shows who decided first, and the form keeps what was chosen. */
    public void adjudicate() {
        List<GoldCodingDraft> drafts = new ArrayList<>();
        if (method == AdjudicationMethod.MERGED) {
            selected.codingsByCoder().values().stream().flatMap(List::stream)
                    .filter(c -> mergedCodings.contains(c.id()))
                    .forEach(c -> drafts.add(new GoldCodingDraft(c.claimTypeId(), c.start(), c.end(), c.attributes(),
                            c.memo(), c.coder())));
        }
        if (method != AdjudicationMethod.TAKEN) {
            drafts.addAll(newCodings);
        }
        Long seen = selected.adjudication() == null ? null : selected.adjudication().version();
        adjudications.adjudicate(selected.consensus().documentId(), selected.consensus().passageId(), seen, method,
                takenFrom, drafts, rationale);
        Messages.info(Texts.get("review.msg.settled", selected.consensus().position() + 1,
                selected.consensus().documentTitle()));
        reloadSelected();
        resetDecision();
        refresh();
    }

    /** Shows the passage as it is now, for instance after somebody else settled it. */
    public void reloadSelected() {
        selected = passageStates.review(selected.consensus().documentId(), selected.consensus().passageId());
    }

    private void resetDecision() {
        method = AdjudicationMethod.TAKEN;
        takenFrom = selected.codingsByCoder().keySet().stream().findFirst().orElse(null);
        mergedCodings = new ArrayList<>();
        newCodings.clear();
        rationale = null;
        comment = null;
    }

    /** The text a coding covers, cut from the passage by code points. */
    public String quote(int start, int end) {
        return selected.quote(start, end);
    }

    public String claimTypeName(long id) {
        ClaimTypeView type = claimTypes.get(id);
        return type == null ? "#" + id : type.path(claimTypes);
    }

    public String colourOf(long id) {
        ClaimTypeView type = claimTypes.get(id);
        return type == null || type.draft().colour() == null ? "#888888" : type.draft().colour();
    }

    /** Claim type names of a passage's coder, for the queue: "Support, Opposition" or a dash. */
    public String appliedBy(PassageConsensus passage, String coder) {
        String names = passage.claimTypesByCoder().getOrDefault(coder, java.util.Set.of()).stream()
                .map(this::claimTypeName).collect(Collectors.joining(", "));
        return names.isEmpty() ? "\u2014" : names;
    }

    public String describe(Map<String, String> attributes) {
        return attributes.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    public String codingLabel(CodingView coding) {
        return coding.coder() + ": " + claimTypeName(coding.claimTypeId()) + " \u00ab" + quote(coding.start(),
                coding.end()) + "\u00bb";
    }

    public List<CodingView> allCodingsOfSelected() {
        return selected.codingsByCoder().values().stream().flatMap(List::stream).toList();
    }

    public List<ClaimTypeView> getCodableClaimTypes() {
        return claimTypes.values().stream().filter(t -> t.draft().codable()).toList();
    }

    public List<String> getVoteChoices() {
        List<String> choices = new ArrayList<>(selected.codingsByCoder().keySet());
        choices.add(DiscussionService.NONE_OF_THEM);
        return choices;
    }

    public int votesFor(String choice) {
        return selected.votes().getOrDefault(choice, List.of()).size();
    }

    public String votersFor(String choice) {
        return String.join(", ", selected.votes().getOrDefault(choice, List.of()));
    }

    public boolean isSelected(PassageConsensus passage) {
        return selected != null && selected.consensus().passageId() == passage.passageId();
    }

    public ConsensusState[] getStates() {
        return ConsensusState.values();
    }

    public AdjudicationMethod[] getMethods() {
        return new AdjudicationMethod[] {AdjudicationMethod.TAKEN, AdjudicationMethod.MERGED, AdjudicationMethod.NEW};
    }

    public String methodLabel(AdjudicationMethod m) {
        return switch (m) {
            case TAKEN -> "Take one coder's version";
            case MERGED -> "Merge: pick codings from several coders";
            case NEW -> "Write new gold codings";
            case UNANIMOUS -> "Unanimous";
        };
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

    public List<DocumentSummary> getDocuments() {
        return documentList;
    }

    public List<String> getCoders() {
        return coders;
    }

    public ConsensusState getState() {
        return state;
    }

    public void setState(ConsensusState state) {
        this.state = state;
    }

    public Long getDocumentFilter() {
        return documentFilter;
    }

    public void setDocumentFilter(Long documentFilter) {
        this.documentFilter = documentFilter;
    }

    public Long getClaimTypeFilter() {
        return claimTypeFilter;
    }

    public void setClaimTypeFilter(Long claimTypeFilter) {
        this.claimTypeFilter = claimTypeFilter;
    }

    public String getCoderFilter() {
        return coderFilter;
    }

    public void setCoderFilter(String coderFilter) {
        this.coderFilter = coderFilter == null || coderFilter.isBlank() ? null : coderFilter;
    }

    public List<PassageConsensus> getQueue() {
        return queue;
    }

    public Map<ConsensusState, Integer> getCounts() {
        return counts;
    }

    public PassageReview getSelected() {
        return selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public AdjudicationMethod getMethod() {
        return method;
    }

    public void setMethod(AdjudicationMethod method) {
        this.method = Objects.requireNonNullElse(method, AdjudicationMethod.TAKEN);
    }

    public String getTakenFrom() {
        return takenFrom;
    }

    public void setTakenFrom(String takenFrom) {
        this.takenFrom = takenFrom;
    }

    public List<Long> getMergedCodings() {
        return mergedCodings;
    }

    public void setMergedCodings(List<Long> mergedCodings) {
        this.mergedCodings = mergedCodings == null ? new ArrayList<>() : new ArrayList<>(mergedCodings);
    }

    public List<GoldCodingDraft> getNewCodings() {
        return newCodings;
    }

    public Long getNewClaimType() {
        return newClaimType;
    }

    public void setNewClaimType(Long newClaimType) {
        this.newClaimType = newClaimType;
    }

    public Integer getNewStart() {
        return newStart;
    }

    public void setNewStart(Integer newStart) {
        this.newStart = newStart;
    }

    public Integer getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(Integer newEnd) {
        this.newEnd = newEnd;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }
}
