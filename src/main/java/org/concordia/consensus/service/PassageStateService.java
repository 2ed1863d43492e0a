package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.AppliedClaimType;
import org.concordia.coding.model.CoderStatus;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.Adjudication;
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.model.AdjudicationView;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.GoldCoding;
import org.concordia.consensus.model.GoldCodingDraft;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.model.PassageComment;
import org.concordia.consensus.model.PassageConsensus;
import org.concordia.consensus.model.PassageReview;
import org.concordia.consensus.model.PassageVote;
import org.concordia.consensus.model.ReviewFilter;
import org.concordia.consensus.model.ReviewQueue;
import org.concordia.consensus.persistence.ReviewRepository;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.ConflictException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.Explanation;
import org.concordia.platform.text.PlainText;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Where each passage stands in reviewer consensus (see {@link ConsensusState}): the states of a project's passages,
 * the review queue, and the side-by-side view of one passage with its decision, discussion and votes. Talking about a
 * passage is {@link DiscussionService}'s, settling it {@link AdjudicationService}'s. Supervisors only: they are the
 * reviewers of their tenant.
 */
@ApplicationScoped
@Transactional
public class PassageStateService {

    private static final int EXCERPT = 160;

    @Inject
    ReviewRepository reviews;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject
    TenantAccess access;

    /** The state of every codable passage of every assigned document of the project, in reading order. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "review codings")
    public List<PassageConsensus> states(long projectId) {
        Map<Long, List<CoderStatus>> status = assignments.coderStatus(projectId);
        Map<Long, List<CodingView>> codingsByDocument = codings.codingsOfProject(projectId).stream()
                .collect(Collectors.groupingBy(CodingView::documentId));
        Set<Long> adjudicated = reviews.adjudications(projectId).stream().map(Adjudication::getPassageId)
                .collect(Collectors.toSet());
        Map<Long, Integer> comments = counts(reviews.commentCounts(projectId));
        Map<Long, Integer> votes = counts(reviews.voteCounts(projectId));
        Map<Long, String> titles = documents.listDocuments(projectId).stream()
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title));
        List<PassageConsensus> states = new ArrayList<>();
        for (Map.Entry<Long, List<CoderStatus>> entry : status.entrySet()) {
            long documentId = entry.getKey();
            states.addAll(statesOfDocument(documentId, titles.get(documentId), entry.getValue(),
                    codingsByDocument.getOrDefault(documentId, List.of()), adjudicated, comments, votes));
        }
        return states;
    }

    /**
     * The consensus state of each codable passage of one document, by passage id (none when nobody was assigned to
     * it), from what the caller has read already: the document's passages and which claim types each coder applied
     * in them ({@link CodingService#appliedClaimTypesOf}, or {@link AppliedClaimType#of} of the codings). What
     * exports read document by document, so that they never hold a whole project's codings.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "review codings")
    public Map<Long, ConsensusState> statesOf(long documentId, List<PassageView> passages,
            Collection<AppliedClaimType> applied) {
        List<CoderStatus> coders = assignments.coderStatusOf(documentId);
        if (coders.isEmpty()) {
            return Map.of();
        }
        Set<String> assigned = coders.stream().map(CoderStatus::coder).collect(Collectors.toSet());
        Map<Long, Map<String, Set<Long>>> byPassage = new HashMap<>();
        boolean anyCoded = false;
        for (AppliedClaimType a : applied) {
            if (assigned.contains(a.coder())) {
                anyCoded = true;
                byPassage.computeIfAbsent(a.passageId(), p -> new HashMap<>())
                        .computeIfAbsent(a.coder(), c -> new HashSet<>()).add(a.claimTypeId());
            }
        }
        Set<Long> adjudicated = Set.copyOf(reviews.adjudicatedPassagesOf(documentId));
        Map<Long, ConsensusState> states = new HashMap<>();
        for (PassageView passage : passages) {
            if (!passage.excluded()) {
                Map<String, Set<Long>> ofPassage = byPassage.getOrDefault(passage.id(), Map.of());
                states.put(passage.id(), ConsensusState.of(coders, coder -> ofPassage.getOrDefault(coder, Set.of()),
                        anyCoded, adjudicated.contains(passage.id())));
            }
        }
        return states;
    }

    private List<PassageConsensus> statesOfDocument(long documentId, String title, List<CoderStatus> coders,
            List<CodingView> ofDocument, Set<Long> adjudicated, Map<Long, Integer> comments,
            Map<Long, Integer> votes) {
        Map<Long, List<CodingView>> byPassage = ofDocument.stream()
                .collect(Collectors.groupingBy(CodingView::passageId));
        Set<String> coding = ofDocument.stream().map(CodingView::coder).collect(Collectors.toSet());
        boolean anyCoded = coders.stream().anyMatch(c -> coding.contains(c.coder()));
        List<PassageConsensus> states = new ArrayList<>();
        for (PassageView passage : documents.passages(documentId)) {
            if (!passage.excluded()) {
                states.add(consensus(documentId, title, passage, coders,
                        byPassage.getOrDefault(passage.id(), List.of()), anyCoded,
                        adjudicated.contains(passage.id()), comments.getOrDefault(passage.id(), 0),
                        votes.getOrDefault(passage.id(), 0)));
            }
        }
        return states;
    }

    /** The passages the filter asks for; the queue a supervisor works through. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "review codings")
    public List<PassageConsensus> queue(long projectId, ReviewFilter filter) {
        return reviewQueue(projectId, filter).shown();
    }

    /** The queue with what the review page shows around it, from one reading of the project's states. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "review codings")
    public ReviewQueue reviewQueue(long projectId, ReviewFilter filter) {
        return ReviewQueue.of(states(projectId), filter);
    }

    /** How many passages of the project are in each state (every state present, zero or not). */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "review codings")
    public Map<ConsensusState, Integer> stateCounts(long projectId) {
        return ReviewQueue.countStates(states(projectId));
    }

    /** One passage side by side: each coder's codings, the gold layer, the decision, discussion and votes. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "review codings")
    public PassageReview review(long documentId, long passageId) {
        DocumentSummary document = documents.document(documentId);
        PassageView passage = documents.passages(documentId).stream().filter(p -> p.id() == passageId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.consensus.thisPassageDoesNotExist"));
        List<CoderStatus> coders = assignments.coderStatus(document.projectId()).getOrDefault(documentId, List.of());
        if (coders.isEmpty()) {
            throw new NotFoundException("error.consensus.nobodyIsAssignedToThis");
        }
        List<CodingView> ofDocument = codings.codingsOf(documentId);
        Map<String, List<CodingView>> byCoder = new LinkedHashMap<>();
        for (CoderStatus coder : coders) {
            byCoder.put(coder.coder(), ofDocument.stream()
                    .filter(c -> c.passageId() == passageId && c.coder().equals(coder.coder())).toList());
        }
        Adjudication adjudication = reviews.adjudication(passageId).orElse(null);
        List<PassageVote> votes = reviews.votes(passageId);
        Map<String, List<String>> votesByChoice = new TreeMap<>();
        votes.forEach(v -> votesByChoice.computeIfAbsent(v.getChoice(), c -> new ArrayList<>()).add(v.getVoter()));
        List<PassageComment> comments = reviews.comments(passageId);
        PassageConsensus consensus = consensus(documentId, document.title(), passage, coders, ofDocument,
                adjudication != null, comments.size(), votes.size());
        return new PassageReview(consensus, document.projectId(), passage.start(), passage.end(), passage.text(),
                byCoder, adjudication == null ? null : adjudication.view(),
                reviews.goldOfPassage(passageId).stream().map(GoldCoding::view).toList(),
                comments.stream().map(PassageComment::view).toList(), votesByChoice);
    }

    private static PassageConsensus consensus(long documentId, String title, PassageView passage,
            List<CoderStatus> coders, List<CodingView> ofDocument, boolean adjudicated, int comments, int votes) {
        Set<String> coding = ofDocument.stream().map(CodingView::coder).collect(Collectors.toSet());
        return consensus(documentId, title, passage, coders,
                ofDocument.stream().filter(c -> c.passageId() == passage.id()).toList(),
                coders.stream().anyMatch(c -> coding.contains(c.coder())), adjudicated, comments, votes);
    }

    /**
     * @param ofPassage the codings of this passage
     * @param anyCoded  whether any of the coders has coded anything in the document
     */
    private static PassageConsensus consensus(long documentId, String title, PassageView passage,
            List<CoderStatus> coders, List<CodingView> ofPassage, boolean anyCoded, boolean adjudicated,
            int comments, int votes) {
        List<String> names = coders.stream().map(CoderStatus::coder).toList();
        Map<String, Set<Long>> applied = new LinkedHashMap<>();
        names.forEach(n -> applied.put(n, new TreeSet<>()));
        for (CodingView coding : ofPassage) {
            Set<Long> types = applied.get(coding.coder());
            if (types != null) {
                types.add(coding.claimTypeId());
            }
        }
        ConsensusState state = ConsensusState.of(coders, applied::get, anyCoded, adjudicated);
        String text = passage.text();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "\u2026";
        return new PassageConsensus(documentId, Objects.requireNonNullElse(title, "#" + documentId), passage.id(),
                passage.position(), excerpt, state, names, applied, comments, votes);
    }

    private static Map<Long, Integer> counts(List<Object[]> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        return counts;
    }
}
