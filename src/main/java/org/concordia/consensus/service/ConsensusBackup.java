package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.concordia.consensus.model.Adjudication;
import org.concordia.consensus.model.AdjudicationView;
import org.concordia.consensus.model.CommentView;
import org.concordia.consensus.model.GoldCoding;
import org.concordia.consensus.model.GoldCodingDraft;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.model.PassageComment;
import org.concordia.consensus.model.PassageSettlementRecord;
import org.concordia.consensus.model.PassageSettlementRecord.Comment;
import org.concordia.consensus.model.PassageSettlementRecord.Decision;
import org.concordia.consensus.model.PassageSettlementRecord.Vote;
import org.concordia.consensus.model.PassageVote;
import org.concordia.consensus.persistence.ReviewRepository;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.Explanation;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * The consensus part of a project's backup: each settled passage's decision and gold codings, and each discussed
 * passage's comments and votes, read out with who did what when and written back into a restored copy as they were.
 * Kept apart from {@link ConsensusService}, whose rules (who may settle what, when) a restore does not replay.
 */
@ApplicationScoped
@Transactional
public class ConsensusBackup {

    @Inject
    ReviewRepository reviews;

    @Inject
    DocumentService documents;

    /** The document's passages that were settled, discussed or voted on, in passage order. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "review codings")
    public List<PassageSettlementRecord> settlementsOf(long projectId, long documentId) {
        documents.documentOf(projectId, documentId);
        List<Long> passages = documents.passages(documentId).stream().map(PassageView::id).toList();
        Map<Long, Decision> decisions = new LinkedHashMap<>();
        for (Adjudication adjudication : reviews.adjudications(projectId)) {
            if (adjudication.getDocumentId() == documentId && adjudication.view().method() != null) {
                AdjudicationView view = adjudication.view();
                List<GoldCodingDraft> gold = reviews.goldOfPassage(view.passageId()).stream().map(GoldCoding::view)
                        .map(ConsensusBackup::draftOf).toList();
                decisions.put(view.passageId(), new Decision(view.method(), view.takenFrom(), view.rationale(),
                        view.decidedBy(), view.decidedAt(), gold));
            }
        }
        Map<Long, List<Comment>> comments = new LinkedHashMap<>();
        for (PassageComment comment : reviews.commentsOfProject(projectId)) {
            CommentView view = comment.view();
            if (passages.contains(view.passageId())) {
                comments.computeIfAbsent(view.passageId(), p -> new ArrayList<>())
                        .add(new Comment(view.author(), view.body(), view.createdAt()));
            }
        }
        Map<Long, List<Vote>> votes = new LinkedHashMap<>();
        for (PassageVote vote : reviews.votesOfProject(projectId)) {
            if (passages.contains(vote.getPassageId())) {
                votes.computeIfAbsent(vote.getPassageId(), p -> new ArrayList<>())
                        .add(new Vote(vote.getVoter(), vote.getChoice(), vote.getCastAt()));
            }
        }
        TreeSet<Long> touched = new TreeSet<>(decisions.keySet());
        touched.addAll(comments.keySet());
        touched.addAll(votes.keySet());
        return passages.stream().filter(touched::contains).map(p -> new PassageSettlementRecord(p,
                decisions.get(p), comments.getOrDefault(p, List.of()), votes.getOrDefault(p, List.of()))).toList();
    }

    /**
     * Writes a backup's settlements into the restored document: {@code passageId} and the gold codings' claim types
     * must already name the restored copy's passages and claim types.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "adjudicate passages", writes = true)
    public void restore(long projectId, long documentId, List<PassageSettlementRecord> settlements) {
        documents.documentOf(projectId, documentId);
        List<Long> passages = documents.passages(documentId).stream().map(PassageView::id).toList();
        for (PassageSettlementRecord settlement : settlements) {
            if (!passages.contains(settlement.passageId())) {
                throw new NotFoundException("error.consensus.thisPassageDoesNotExist");
            }
            Decision decision = settlement.decision();
            if (decision != null) {
                Adjudication adjudication = new Adjudication(projectId, documentId, settlement.passageId());
                adjudication.restore(decision.method(), decision.takenFrom(), decision.rationale(),
                        decision.decidedBy(), decision.decidedAt());
                reviews.addAdjudication(adjudication, Explanation.of("error.consensus.settledAMomentAgo"));
                decision.gold().forEach(g -> reviews.addGold(new GoldCoding(adjudication, g)));
            }
            settlement.comments().forEach(c -> reviews.addComment(PassageComment.restored(projectId,
                    settlement.passageId(), c.author(), c.body(), c.createdAt())));
            settlement.votes().forEach(v -> reviews.addVote(PassageVote.restored(projectId, settlement.passageId(),
                    v.voter(), v.choice(), v.castAt())));
        }
    }

    private static GoldCodingDraft draftOf(GoldCodingView gold) {
        return new GoldCodingDraft(gold.claimTypeId(), gold.start(), gold.end(), gold.attributes(), gold.memo(),
                gold.sourceCoder());
    }
}
