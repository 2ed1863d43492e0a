package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.AssignmentView;
import org.concordia.coding.model.CoderStatus;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.Adjudication;
import org.concordia.consensus.model.Exercise;
import org.concordia.consensus.model.ExerciseView;
import org.concordia.consensus.model.GoldCoding;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.model.TrainingScore.Difference;
import org.concordia.consensus.model.TrainingScore.Kind;
import org.concordia.consensus.model.TrainingScore;
import org.concordia.consensus.persistence.ReviewRepository;
import org.concordia.consensus.persistence.SnapshotRepository;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Training mode: a supervisor offers a gold-coded document as an exercise; coders assigned to it code it as usual
 * and, once they have submitted, see their score against gold with every difference explained by the claim type's
 * definition. Supervisors see everybody's scores.
 */
@ApplicationScoped
@Transactional
public class TrainingService {

    private static final int EXCERPT = 200;

    @Inject
    SnapshotRepository exercises;

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

    /** Offers the document as an exercise; every codable passage must have been settled into gold. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "offer exercises", writes = true)
    public void offer(long documentId) {
        DocumentSummary document = documents.document(documentId);
        Set<Long> settled = reviews.adjudications(document.projectId()).stream()
                .filter(a -> a.getDocumentId() == documentId).map(Adjudication::getPassageId)
                .collect(Collectors.toSet());
        long unsettled = documents.codablePassageIds(documentId).stream().filter(p -> !settled.contains(p)).count();
        if (unsettled > 0) {
            throw new InvalidInputException(unsettled == 1 ? "error.consensus.onePassageWithoutGold"
                    : "error.consensus.passagesWithoutGold", document.title(), unsettled);
        }
        if (exercises.exercise(documentId).isPresent()) {
            throw new InvalidInputException("error.consensus.isAnExerciseAlready", document.title());
        }
        exercises.addExercise(new Exercise(document.projectId(), documentId, access.currentUser().username()));
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "withdraw exercises", writes = true)
    public void withdraw(long documentId) {
        exercises.removeExercise(exercises.exercise(documentId)
                .orElseThrow(() -> new NotFoundException("error.consensus.thisDocumentIsNotAn")));
    }

    /**
     * The exercises the acting user deals with: all of the tenant's for supervisors (with every attempt), the ones
     * assigned to them for coders (with their own attempt only).
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see exercises")
    public List<ExerciseView> exercises() {
        boolean supervisor = access.has(TenantRole.SUPERVISOR);
        String me = access.currentUser().username();
        Map<Long, AssignmentView> mine = supervisor ? Map.of() : assignments.myAssignments().stream()
                .collect(Collectors.toMap(AssignmentView::documentId, Function.identity(), (a, b) -> a));
        List<ExerciseView> views = new ArrayList<>();
        for (Exercise exercise : exercises.exercises()) {
            long documentId = exercise.getDocumentId();
            List<ExerciseView.Attempt> attempts = new ArrayList<>();
            if (supervisor) {
                for (CoderStatus status : assignments.coderStatus(exercise.getProjectId())
                        .getOrDefault(documentId, List.of())) {
                    attempts.add(new ExerciseView.Attempt(status.coder(), status.submitted(),
                            status.submitted() ? score(documentId, status.coder()).f1() : null));
                }
            } else if (mine.containsKey(documentId)) {
                boolean submitted = mine.get(documentId).submitted();
                attempts.add(new ExerciseView.Attempt(me, submitted, submitted ? score(documentId, me).f1() : null));
            } else {
                continue;
            }
            views.add(new ExerciseView(exercise.getProjectId(), documentId, documents.document(documentId).title(),
                    attempts));
        }
        return views;
    }

    /**
     * {@code coder}'s codings of the exercise against gold. Coders get their own, once they have submitted (before,
     * gold would give the answers away); supervisors anybody's.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see exercise scores")
    public TrainingScore score(long documentId, String coder) {
        DocumentSummary document = documents.document(documentId);
        if (exercises.exercise(documentId).isEmpty()) {
            throw new NotFoundException("error.consensus.isNotAnExercise", document.title());
        }
        String me = access.currentUser().username();
        if (!access.has(TenantRole.SUPERVISOR)) {
            if (!coder.equals(me)) {
                throw new AccessDeniedException("error.consensus.youCanOnlySeeYour");
            }
            if (!assignments.submitted(documentId, me)) {
                throw new InvalidInputException("error.consensus.submitTheExerciseFirstThen");
            }
        }
        Map<Long, ClaimTypeView> types = codebooks.view(document.projectId()).claimTypes().stream()
                .collect(Collectors.toMap(ClaimTypeView::id, Function.identity()));
        Map<Long, Set<Long>> gold = reviews.goldOfDocument(documentId).stream().map(GoldCoding::view)
                .collect(Collectors.groupingBy(GoldCodingView::passageId,
                        Collectors.mapping(GoldCodingView::claimTypeId, Collectors.toCollection(TreeSet::new))));
        Map<Long, Set<Long>> theirs = codings.codingsBy(documentId, coder).stream()
                .collect(Collectors.groupingBy(CodingView::passageId,
                        Collectors.mapping(CodingView::claimTypeId, Collectors.toCollection(TreeSet::new))));
        int matched = 0;
        int missed = 0;
        int extra = 0;
        List<TrainingScore.PassageFeedback> feedback = new ArrayList<>();
        for (PassageView passage : documents.passages(documentId)) {
            if (passage.excluded()) {
                continue;
            }
            Set<Long> expected = gold.getOrDefault(passage.id(), Set.of());
            Set<Long> given = theirs.getOrDefault(passage.id(), Set.of());
            List<Difference> differences = new ArrayList<>();
            for (long type : expected) {
                ClaimTypeView t = types.get(type);
                if (given.contains(type)) {
                    matched++;
                    differences.add(new Difference(Kind.MATCHED, t.name(), t.draft().colour(), "Gold applies "
                            + t.name() + " here too."));
                } else {
                    missed++;
                    differences.add(new Difference(Kind.MISSED, t.name(), t.draft().colour(), missedBecause(t)));
                }
            }
            for (long type : given) {
                if (!expected.contains(type)) {
                    extra++;
                    ClaimTypeView t = types.get(type);
                    differences.add(new Difference(Kind.EXTRA, t.name(), t.draft().colour(), extraBecause(t)));
                }
            }
            if (!differences.isEmpty()) {
                String text = passage.text();
                feedback.add(new TrainingScore.PassageFeedback(passage.position(),
                        text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "\u2026",
                        differences));
            }
        }
        return new TrainingScore(documentId, document.title(), coder, matched, missed, extra, feedback);
    }

    private static String missedBecause(ClaimTypeView type) {
        ClaimTypeDraft d = type.draft();
        StringBuilder why = new StringBuilder("Gold applies " + type.name() + " here and you did not. ");
        why.append(type.name()).append(": ").append(orNothing(d.definition()));
        if (d.whenToUse() != null && !d.whenToUse().isBlank()) {
            why.append(" When to use: ").append(d.whenToUse().strip());
        }
        return why.toString().strip();
    }

    private static String extraBecause(ClaimTypeView type) {
        ClaimTypeDraft d = type.draft();
        StringBuilder why = new StringBuilder("You applied " + type.name() + " here; gold does not. ");
        if (d.whenNotToUse() != null && !d.whenNotToUse().isBlank()) {
            why.append("When not to use ").append(type.name()).append(": ").append(d.whenNotToUse().strip());
        } else {
            why.append(type.name()).append(": ").append(orNothing(d.definition()));
        }
        return why.toString().strip();
    }

    private static String orNothing(String text) {
        return text == null ? "" : text.strip();
    }
}
