package org.concordia.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.model.AdjudicationView;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.GoldCodingDraft;
import org.concordia.consensus.model.GoldCodingView;
import org.concordia.consensus.model.PassageConsensus;
import org.concordia.consensus.model.PassageReview;
import org.concordia.consensus.model.ReviewFilter;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.consensus.service.DiscussionService;
import org.concordia.consensus.service.PassageStateService;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.ConflictException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.ClassroomFixture;
import org.concordia.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The way of a passage to the gold standard: states as coders work, the review queue, discussion and votes, and two
 * supervisors settling the same passage from the same stale page.
 */
@ExtendWith(ArquillianExtension.class)
class PassageConsensusIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    PassageStateService passageStates;

    @Inject
    DiscussionService discussions;

    @Inject
    AdjudicationService adjudications;

    @Inject
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService projects;

    private ClassroomFixture classroom;
    private long document;
    private PassageView backing;
    private PassageView opposing;
    private long support;
    private long opposition;

    @BeforeEach
    void twoCodersAndTwoSupervisors() {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.enrolCoder(directory, "other-pupil");
        ExecutionContext.runAs(UserIdentity.system(), null,
                () -> directory.enrol(classroom.tenant(), "co-supervisor", TenantRole.SUPERVISOR));
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        document = classroom.importText(importer, "report.txt", "A report\n\nIran agreed to support al-Kadhimi."
                + "\n\nKata'ib Hezbollah opposed him from the start.");
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(document),
                List.of("pupil", "other-pupil"), null));
        List<PassageView> passages = classroom.as("pupil", () -> documents.passages(document));
        backing = passages.get(1);
        opposing = passages.get(2);
        support = classroom.claimType(codebooks, "Support");
        opposition = classroom.claimType(codebooks, "Opposition");
    }

    @Test
    void aPassageGoesFromNotStartedThroughCodingToAgreedOrDisputed() {
        assertThat(states()).containsValues(ConsensusState.NOT_STARTED);

        code("pupil", backing, support);
        assertThat(states()).containsEntry(backing.id(), ConsensusState.IN_CODING)
                .containsEntry(opposing.id(), ConsensusState.IN_CODING);

        code("pupil", opposing, opposition);
        code("other-pupil", backing, support);
        code("other-pupil", opposing, support);
        classroom.submit(assignments, "pupil", document);
        assertThat(states()).as("one coder has not submitted yet").containsEntry(backing.id(),
                ConsensusState.IN_CODING);
        classroom.submit(assignments, "other-pupil", document);

        assertThat(states()).containsEntry(backing.id(), ConsensusState.AGREED)
                .containsEntry(opposing.id(), ConsensusState.DISPUTED);
        List<PassageConsensus> disputed = classroom.asSupervisor(
                () -> passageStates.queue(classroom.project(), ReviewFilter.disputed()));
        assertThat(disputed).extracting(PassageConsensus::passageId).containsExactly(opposing.id());
        assertThat(disputed.get(0).claimTypesByCoder()).containsEntry("pupil", java.util.Set.of(opposition))
                .containsEntry("other-pupil", java.util.Set.of(support));
        assertThat(classroom.asSupervisor(() -> passageStates.queue(classroom.project(),
                new ReviewFilter(ConsensusState.DISPUTED, null, support, null)))).hasSize(1);
        assertThat(classroom.asSupervisor(() -> passageStates.queue(classroom.project(),
                new ReviewFilter(ConsensusState.DISPUTED, null, classroom.claimType(codebooks, "Prediction"),
                        null)))).isEmpty();
    }

    @Test
    void aDocumentWithOneCoderIsReadyForReviewOnceSubmitted() {
        long single = classroom.importText(importer, "single.txt", "Iran accepted him to block al-Zurfi.");
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(single), List.of("pupil"),
                null));
        long assignment = classroom.as("pupil", () -> assignments.myAssignments()).stream()
                .filter(a -> a.documentId() == single).findFirst().orElseThrow().id();
        classroom.as("pupil", () -> assignments.submit(assignment));
        assertThat(classroom.asSupervisor(() -> passageStates.queue(classroom.project(),
                new ReviewFilter(ConsensusState.READY, single, null, null)))).hasSize(1);
    }

    @Test
    void twoSupervisorsSettlingTheSamePassageAtOnceOneSucceedsTheOtherIsToldAndNothingIsLost() {
        disputeTheOpposingPassage();
        PassageReview seenBySam = classroom.asSupervisor(() -> passageStates.review(document, opposing.id()));
        PassageReview seenByCo = classroom.as("co-supervisor", () -> passageStates.review(document, opposing.id()));
        assertThat(seenBySam.adjudication()).isNull();
        assertThat(seenByCo.adjudication()).isNull();

        AdjudicationView first = classroom.asSupervisor(() -> adjudications.adjudicate(document, opposing.id(), null,
                AdjudicationMethod.TAKEN, "pupil", List.of(), "Opposition: Kata'ib Hezbollah opposed him."));
        assertThatThrownBy(() -> classroom.as("co-supervisor", () -> adjudications.adjudicate(document, opposing.id(), null,
                AdjudicationMethod.TAKEN, "other-pupil", List.of(), "Support, I think.")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("settled this passage")
                .hasMessageContaining("still in the form");

        PassageReview now = classroom.as("co-supervisor", () -> passageStates.review(document, opposing.id()));
        assertThat(now.state()).isEqualTo(ConsensusState.ADJUDICATED);
        assertThat(now.adjudication().decidedBy()).isEqualTo(classroom.supervisor());
        assertThat(now.adjudication().rationale()).isEqualTo("Opposition: Kata'ib Hezbollah opposed him.");
        assertThat(now.gold()).extracting(GoldCodingView::claimTypeId, GoldCodingView::sourceCoder)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(opposition, "pupil"));

        // Having seen the first decision, the second supervisor may revise it; a stale revision is refused too.
        classroom.as("co-supervisor", () -> adjudications.adjudicate(document, opposing.id(), now.adjudication().version(),
                AdjudicationMethod.NEW, null, List.of(new GoldCodingDraft(opposition, opposing.start(),
                        opposing.start() + 17, Map.of(), "the militia, not Iran", null)), "Only the actor's name."));
        assertThatThrownBy(() -> classroom.asSupervisor(() -> adjudications.adjudicate(document, opposing.id(), first.version(),
                AdjudicationMethod.TAKEN, "other-pupil", List.of(), "Back to mine.")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("co-supervisor");
        assertThat(classroom.asSupervisor(() -> adjudications.goldOf(document))).singleElement()
                .satisfies(g -> assertThat(g.end() - g.start()).isEqualTo(17))
                .satisfies(g -> assertThat(g.memo()).isEqualTo("the militia, not Iran"));
    }

    @Test
    void bulkAcceptanceSettlesTheUnanimousPassagesAndLeavesTheDisputedOnes() {
        disputeTheOpposingPassage();
        assertThat(classroom.asSupervisor(() -> adjudications.acceptUnanimous(classroom.project(), null)))
                .as("the backing passage, and the heading nobody coded").isEqualTo(2);

        assertThat(states()).containsEntry(backing.id(), ConsensusState.ADJUDICATED)
                .containsEntry(opposing.id(), ConsensusState.DISPUTED);
        PassageReview settled = classroom.asSupervisor(() -> passageStates.review(document, backing.id()));
        assertThat(settled.adjudication().method()).isEqualTo(AdjudicationMethod.UNANIMOUS);
        assertThat(settled.gold()).extracting(GoldCodingView::claimTypeId).containsExactly(support);
        long heading = classroom.as("pupil", () -> documents.passages(document)).get(0).id();
        assertThat(classroom.asSupervisor(() -> passageStates.review(document, heading)).gold())
                .as("nobody applied anything: gold says no claim type applies").isEmpty();
        assertThat(classroom.asSupervisor(() -> adjudications.acceptUnanimous(classroom.project(), null))).isZero();
    }

    @Test
    void reviewersDiscussAndVoteCodersAndStrangersCannot() {
        disputeTheOpposingPassage();
        classroom.asSupervisor(() -> {
            discussions.comment(document, opposing.id(), "Is opposing a person Opposition or Evaluation?");
            discussions.vote(document, opposing.id(), "other-pupil");
            discussions.vote(document, opposing.id(), "pupil");
            return null;
        });
        classroom.as("co-supervisor", () -> {
            discussions.comment(document, opposing.id(), "Opposition: see the definition.");
            discussions.vote(document, opposing.id(), "pupil");
            return null;
        });
        PassageReview review = classroom.asSupervisor(() -> passageStates.review(document, opposing.id()));
        assertThat(review.comments()).extracting(c -> c.author() + ": " + c.body()).containsExactly(
                classroom.supervisor() + ": Is opposing a person Opposition or Evaluation?",
                "co-supervisor: Opposition: see the definition.");
        assertThat(review.votes()).as("voting again replaces the earlier vote")
                .containsOnlyKeys("pupil").extractingByKey("pupil").asList().hasSize(2);
        assertThat(review.consensus().comments()).isEqualTo(2);

        assertThatThrownBy(() -> classroom.as("pupil", () -> passageStates.review(document, opposing.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classroom.asSupervisor(() -> {
            discussions.vote(document, opposing.id(), "somebody");
            return null;
        }))
                .isInstanceOf(InvalidInputException.class);
        ClassroomFixture stranger = ClassroomFixture.open(directory, projects);
        assertThatThrownBy(() -> stranger.asSupervisor(() -> passageStates.review(document, opposing.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDecisionNeedsARationaleAndSubmittedCodingsAndStoresNothingOtherwise() {
        code("pupil", opposing, opposition);
        assertThatThrownBy(() -> classroom.asSupervisor(() -> adjudications.adjudicate(document, opposing.id(), null,
                AdjudicationMethod.TAKEN, "pupil", List.of(), "Fine.")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("still being coded");
        classroom.submit(assignments, "pupil", document);
        classroom.submit(assignments, "other-pupil", document);
        assertThatThrownBy(() -> classroom.asSupervisor(() -> adjudications.adjudicate(document, opposing.id(), null,
                AdjudicationMethod.TAKEN, "pupil", List.of(), "  ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rationale");
        assertThatThrownBy(() -> classroom.asSupervisor(() -> adjudications.adjudicate(document, opposing.id(), null,
                AdjudicationMethod.NEW, null, List.of(new GoldCodingDraft(opposition, backing.start(),
                        backing.end(), Map.of(), null, null)), "Outside the passage.")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inside the passage");
        PassageReview review = classroom.asSupervisor(() -> passageStates.review(document, opposing.id()));
        assertThat(review.adjudication()).isNull();
        assertThat(review.gold()).isEmpty();
    }

    private void disputeTheOpposingPassage() {
        code("pupil", backing, support);
        code("other-pupil", backing, support);
        code("pupil", opposing, opposition);
        code("other-pupil", opposing, support);
        classroom.submit(assignments, "pupil", document);
        classroom.submit(assignments, "other-pupil", document);
    }

    private Map<Long, ConsensusState> states() {
        return classroom.asSupervisor(() -> passageStates.states(classroom.project())).stream()
                .collect(java.util.stream.Collectors.toMap(PassageConsensus::passageId, PassageConsensus::state));
    }

    private void code(String coder, PassageView passage, long claimType) {
        classroom.as(coder, () -> codings.code(document, passage.id(), claimType, passage.start(),
                passage.start() + 10));
    }
}
