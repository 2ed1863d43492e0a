package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordia.consensus.model.Adjudication;
import org.concordia.consensus.model.AdjudicationView;
import org.concordia.consensus.model.AgreementSnapshot;
import org.concordia.consensus.model.CommentView;
import org.concordia.consensus.model.Exercise;
import org.concordia.consensus.model.ExerciseRecord;
import org.concordia.consensus.model.GoldCoding;
import org.concordia.consensus.model.GoldCodingDraft;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.model.PassageComment;
import org.concordia.consensus.model.PassageSettlementRecord.Comment;
import org.concordia.consensus.model.PassageSettlementRecord.Decision;
import org.concordia.consensus.model.PassageSettlementRecord.Vote;
import org.concordia.consensus.model.PassageSettlementRecord;
import org.concordia.consensus.model.PassageVote;
import org.concordia.consensus.model.SnapshotRecord;
import org.concordia.consensus.persistence.ReviewRepository;
import org.concordia.consensus.persistence.SnapshotRepository;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.Explanation;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * The consensus part of a project's backup: each settled passage's decision and gold codings, each discussed
 * passage's comments and votes, the agreement snapshots and the training exercises, read out with who did what when
 * and written back into a restored copy as they were.
 * Kept apart from {@link AdjudicationService} and {@link DiscussionService}, whose rules (who may settle what, when)
 * a restore does not replay.
 */
@ApplicationScoped
@Transactional
public class ConsensusBackup {

    @Inject
    ReviewRepository reviews;

    @Inject
    DocumentService documents;

    @Inject
    SnapshotRepository snapshots;

    /**
     * The passages of the project that were settled, discussed or voted on, by document, in passage order: read in
     * one pass over the project's decisions, gold, comments and votes, however many documents it has.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "review codings")
    public Map<Long, List<PassageSettlementRecord>> settlementsOf(long projectId) {
        documents.project(projectId);
        Map<Long, List<GoldCodingDraft>> gold = new HashMap<>();
        for (GoldCoding coding : reviews.goldOfProject(projectId)) {
            GoldCodingView view = coding.view();
            gold.computeIfAbsent(view.passageId(), p -> new ArrayList<>()).add(draftOf(view));
        }
        Map<Long, Decision> decisions = new HashMap<>();
        for (Adjudication adjudication : reviews.adjudications(projectId)) {
            AdjudicationView view = adjudication.view();
            if (view.method() != null) {
                decisions.put(view.passageId(), new Decision(view.method(), view.takenFrom(), view.rationale(),
                        view.decidedBy(), view.decidedAt(), gold.getOrDefault(view.passageId(), List.of())));
            }
        }
        Map<Long, List<Comment>> comments = new HashMap<>();
        for (PassageComment comment : reviews.commentsOfProject(projectId)) {
            CommentView view = comment.view();
            comments.computeIfAbsent(view.passageId(), p -> new ArrayList<>())
                    .add(new Comment(view.author(), view.body(), view.createdAt()));
        }
        Map<Long, List<Vote>> votes = new HashMap<>();
        for (PassageVote vote : reviews.votesOfProject(projectId)) {
            votes.computeIfAbsent(vote.getPassageId(), p -> new ArrayList<>())
                    .add(new Vote(vote.getVoter(), vote.getChoice(), vote.getCastAt()));
        }
        Map<Long, List<PassageSettlementRecord>> byDocument = new LinkedHashMap<>();
        if (decisions.isEmpty() && comments.isEmpty() && votes.isEmpty()) {
            return byDocument;
        }
        for (DocumentSummary document : documents.listDocuments(projectId)) {
            for (PassageView passage : documents.passages(document.id())) {
                long p = passage.id();
                if (decisions.containsKey(p) || comments.containsKey(p) || votes.containsKey(p)) {
                    byDocument.computeIfAbsent(document.id(), d -> new ArrayList<>()).add(
                            new PassageSettlementRecord(p, decisions.get(p), comments.getOrDefault(p, List.of()),
                                    votes.getOrDefault(p, List.of())));
                }
            }
        }
        return byDocument;
    }

    /**
     * Writes a backup's settlements into the restored document: {@code passageId} and the gold codings' claim types
     * must already name the restored copy's passages and claim types.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "adjudicate passages", writes = true)
    public void restore(long projectId, long documentId, List<PassageSettlementRecord> settlements) {
        documents.documentOf(projectId, documentId);
        Set<Long> passages = documents.passages(documentId).stream().map(PassageView::id)
                .collect(Collectors.toSet());
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

    /** The project's agreement snapshots, oldest first, with their data. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see agreement")
    public List<SnapshotRecord> snapshotsOf(long projectId) {
        documents.project(projectId);
        List<SnapshotRecord> records = new ArrayList<>(snapshots.forProject(projectId).stream()
                .map(AgreementSnapshot::record).toList());
        java.util.Collections.reverse(records);
        return records;
    }

    /** Writes a backup's snapshots into the restored project, as they were. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "save agreement snapshots", writes = true)
    public void restoreSnapshots(long projectId, List<SnapshotRecord> backedUp) {
        documents.project(projectId);
        backedUp.forEach(s -> snapshots.add(AgreementSnapshot.restored(projectId, s)));
    }

    /** The project's documents offered as training exercises, by document id. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "offer exercises")
    public Map<Long, ExerciseRecord> exercisesOf(long projectId) {
        documents.project(projectId);
        Map<Long, ExerciseRecord> exercises = new HashMap<>();
        snapshots.exercises().stream().filter(e -> e.getProjectId() == projectId)
                .forEach(e -> exercises.put(e.getDocumentId(), e.record()));
        return exercises;
    }

    /** Offers the restored document as an exercise again, marked by whom and when the backup says. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "offer exercises", writes = true)
    public void restoreExercise(long projectId, long documentId, ExerciseRecord exercise) {
        documents.documentOf(projectId, documentId);
        snapshots.addExercise(Exercise.restored(projectId, documentId, exercise));
    }

    private static GoldCodingDraft draftOf(GoldCodingView gold) {
        return new GoldCodingDraft(gold.claimTypeId(), gold.start(), gold.end(), gold.attributes(), gold.memo(),
                gold.sourceCoder());
    }
}
