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
 * Reviewer consensus: where each passage stands (see {@link ConsensusState}), the review queue, the side-by-side view
 * of one passage with its discussion and votes, and adjudication into the gold layer. Supervisors only: they are the
 * reviewers of their tenant.
 */
@ApplicationScoped
@Transactional
public class ConsensusService {

    private static final int EXCERPT = 160;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

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
        return states(projectId).stream().filter(filter::matches).toList();
    }

    /** How many passages of the project are in each state (every state present, zero or not). */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "review codings")
    public Map<ConsensusState, Integer> stateCounts(long projectId) {
        return countStates(states(projectId));
    }

    /** How many of these passages are in each state, every state present in order, zero or not. */
    public static Map<ConsensusState, Integer> countStates(List<PassageConsensus> passages) {
        Map<ConsensusState, Integer> counts = new LinkedHashMap<>();
        for (ConsensusState state : ConsensusState.values()) {
            counts.put(state, 0);
        }
        passages.forEach(p -> counts.merge(p.state(), 1, Integer::sum));
        return counts;
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

    /** Adds to the discussion of a passage. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "discuss passages", writes = true)
    public void comment(long documentId, long passageId, String body) {
        PassageReview review = review(documentId, passageId);
        String text = PlainText.text(body == null ? "" : body.strip(), "the comment");
        if (text.isEmpty()) {
            throw new InvalidInputException("error.consensus.writeSomethingBeforePosting");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("error.consensus.aCommentCanHaveAt");
        }
        reviews.addComment(new PassageComment(review.projectId(), passageId, access.currentUser().username(), text));
    }

    /**
     * The acting reviewer's vote: which coder's version of the passage is right, or {@link #NONE_OF_THEM}. Voting
     * again replaces the earlier vote.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "vote on passages", writes = true)
    public void vote(long documentId, long passageId, String choice) {
        PassageReview review = review(documentId, passageId);
        if (!review.codingsByCoder().containsKey(choice) && !NONE_OF_THEM.equals(choice)) {
            throw new InvalidInputException("error.consensus.voteForOneOfThe", NONE_OF_THEM);
        }
        String me = access.currentUser().username();
        reviews.votes(passageId).stream().filter(v -> v.getVoter().equals(me)).findFirst()
                .ifPresentOrElse(v -> v.change(choice),
                        () -> reviews.addVote(new PassageVote(review.projectId(), passageId, me, choice)));
    }

    public static final String NONE_OF_THEM = "none of them";

    /**
     * Settles a passage into the gold layer. {@code seenVersion} is the version of the decision the supervisor was
     * looking at ({@code null} if there was none): if somebody decided since, nothing is stored and a
     * {@link ConflictException} says who decided what. With {@link AdjudicationMethod#TAKEN} the gold codings are
     * {@code takenFrom}'s codings of the passage; otherwise they are {@code drafts} (none: no claim type applies).
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "adjudicate passages", writes = true)
    public AdjudicationView adjudicate(long documentId, long passageId, Long seenVersion, AdjudicationMethod method,
            String takenFrom, List<GoldCodingDraft> drafts, String rationale) {
        PassageReview review = review(documentId, passageId);
        if (!review.state().reviewable()) {
            throw new InvalidInputException("error.consensus.thisPassageIsStillBeing");
        }
        String why = PlainText.text(rationale == null ? "" : rationale.strip(), "the rationale");
        if (why.isEmpty()) {
            throw new InvalidInputException("error.consensus.giveARationaleWhyIs");
        }
        if (why.length() > 4000) {
            throw new InvalidInputException("error.claims.aRationaleCanHaveAt");
        }
        List<GoldCodingDraft> gold = goldFor(review, method, takenFrom, drafts);
        String me = access.currentUser().username();
        Adjudication adjudication = reviews.adjudication(passageId).orElse(null);
        if (adjudication == null) {
            adjudication = new Adjudication(review.projectId(), documentId, passageId);
            adjudication.decide(method, takenFrom, why, me);
            reviews.addAdjudication(adjudication, Explanation.of("error.consensus.settledAMomentAgo"));
        } else {
            if (seenVersion == null || seenVersion != adjudication.getVersion()) {
                AdjudicationView other = adjudication.view();
                throw new ConflictException("error.consensus.settledThisPassageAtUtc", other.decidedBy(),
                        TIME.format(other.decidedAt()), other.method(), other.rationale());
            }
            reviews.goldOfPassage(passageId).forEach(reviews::removeGold);
            adjudication.decide(method, takenFrom, why, me);
            reviews.flush(Explanation.of("error.consensus.revisedAMomentAgo"));
        }
        for (GoldCodingDraft draft : gold) {
            reviews.addGold(new GoldCoding(adjudication, draft));
        }
        return adjudication.view();
    }

    /**
     * Settles every agreed passage not settled yet (of one document, or of the whole project when
     * {@code documentId} is null): the coders applied the same claim types, and the gold codings are the first
     * coder's (in name order) codings of the passage. Returns how many passages were settled.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "adjudicate passages", writes = true)
    public int acceptUnanimous(long projectId, Long documentId) {
        List<PassageConsensus> agreed = queue(projectId, new ReviewFilter(ConsensusState.AGREED, documentId, null,
                null));
        Map<Long, List<CodingView>> codingsByPassage = codings.codingsOfProject(projectId).stream()
                .collect(Collectors.groupingBy(CodingView::passageId));
        String me = access.currentUser().username();
        for (PassageConsensus passage : agreed) {
            String first = passage.coders().stream().sorted().findFirst().orElseThrow();
            Adjudication adjudication = new Adjudication(projectId, passage.documentId(), passage.passageId());
            adjudication.decide(AdjudicationMethod.UNANIMOUS, null, "All " + passage.coders().size()
                    + " coders applied the same claim types; gold codings copied from " + first + ".", me);
            reviews.addAdjudication(adjudication, Explanation.of("error.consensus.someSettledAMomentAgo"));
            codingsByPassage.getOrDefault(passage.passageId(), List.of()).stream()
                    .filter(c -> c.coder().equals(first))
                    .forEach(c -> reviews.addGold(new GoldCoding(adjudication, draftOf(c))));
        }
        return agreed.size();
    }

    /** The gold codings of a document, in text order: the gold standard that training and exports use. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "read the gold standard")
    public List<GoldCodingView> goldOf(long documentId) {
        documents.document(documentId);
        return reviews.goldOfDocument(documentId).stream().map(GoldCoding::view).toList();
    }

    /** The decisions taken in a project, by passage. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "read the gold standard")
    public Map<Long, AdjudicationView> decisionsOf(long projectId) {
        return reviews.adjudications(projectId).stream().collect(Collectors.toMap(Adjudication::getPassageId,
                Adjudication::view));
    }

    private List<GoldCodingDraft> goldFor(PassageReview review, AdjudicationMethod method, String takenFrom,
            List<GoldCodingDraft> drafts) {
        if (method == null || method == AdjudicationMethod.UNANIMOUS) {
            throw new InvalidInputException("error.consensus.chooseHowToSettleThe");
        }
        if (method == AdjudicationMethod.TAKEN) {
            List<CodingView> theirs = review.codingsByCoder().get(takenFrom);
            if (theirs == null) {
                throw new InvalidInputException("error.consensus.chooseOneOfTheDocuments");
            }
            return theirs.stream().map(ConsensusService::draftOf).toList();
        }
        List<GoldCodingDraft> checked = drafts == null ? List.of() : drafts;
        Map<Long, ClaimTypeView> types = new HashMap<>();
        for (GoldCodingDraft draft : checked) {
            ClaimTypeView type = types.computeIfAbsent(draft.claimTypeId(),
                    id -> codebooks.claimType(review.projectId(), id));
            if (!type.draft().codable()) {
                throw new InvalidInputException("error.coding.groupsOtherClaimTypesAnd", type.name());
            }
            if (draft.start() < review.start() || draft.end() > review.end() || draft.start() >= draft.end()) {
                throw new InvalidInputException("error.consensus.aGoldCodingMustCover");
            }
            for (AttributeField field : type.draft().attributes()) {
                field.check(draft.attributes().get(field.name()));
            }
        }
        long distinct = checked.stream().map(d -> d.claimTypeId() + "/" + d.start() + "/" + d.end()).distinct()
                .count();
        if (distinct < checked.size()) {
            throw new InvalidInputException("error.consensus.theSameClaimTypeIs");
        }
        return checked;
    }

    private static GoldCodingDraft draftOf(CodingView coding) {
        return new GoldCodingDraft(coding.claimTypeId(), coding.start(), coding.end(), coding.attributes(),
                coding.memo(), coding.coder());
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
