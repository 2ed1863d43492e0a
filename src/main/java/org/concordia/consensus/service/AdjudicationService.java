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
 * Settling passages into the gold standard: one decision by a supervisor with its rationale (a revision must name
 * the decision it revises, so two supervisors never overwrite each other unseen), agreed passages accepted in bulk,
 * and the gold codings and decisions that exports, training and the ledger read.
 */
@ApplicationScoped
@Transactional
public class AdjudicationService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    ReviewRepository reviews;

    @Inject
    PassageStateService passageStates;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    TenantAccess access;

    /**
     * Settles a passage into the gold layer. {@code seenVersion} is the version of the decision the supervisor was
     * looking at ({@code null} if there was none): if somebody decided since, nothing is stored and a
     * {@link ConflictException} says who decided what. With {@link AdjudicationMethod#TAKEN} the gold codings are
     * {@code takenFrom}'s codings of the passage; otherwise they are {@code drafts} (none: no claim type applies).
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "adjudicate passages", writes = true)
    public AdjudicationView adjudicate(long documentId, long passageId, Long seenVersion, AdjudicationMethod method,
            String takenFrom, List<GoldCodingDraft> drafts, String rationale) {
        PassageReview review = passageStates.review(documentId, passageId);
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
        List<PassageConsensus> agreed = passageStates.queue(projectId, new ReviewFilter(ConsensusState.AGREED, documentId, null,
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

    /** The gold codings of a project, by document and in text order. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "read the gold standard")
    public List<GoldCodingView> goldOfProject(long projectId) {
        documents.project(projectId);
        return reviews.goldOfProject(projectId).stream().map(GoldCoding::view).toList();
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
            return theirs.stream().map(AdjudicationService::draftOf).toList();
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
}
