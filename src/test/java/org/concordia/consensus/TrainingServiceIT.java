package org.concordia.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ExerciseView;
import org.concordia.consensus.model.SnapshotView;
import org.concordia.consensus.model.TrainingScore;
import org.concordia.consensus.service.AgreementService;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.consensus.service.TrainingService;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
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
 * After consensus: a settled document becomes an exercise scored against gold, and an agreement figure is kept as
 * a snapshot that computes again to the same number after the codings have changed.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    TrainingService sut;

    @Inject

    AdjudicationService adjudications;

    @Inject
    AgreementService agreement;

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
    private List<PassageView> passages;
    private long support;
    private long opposition;

    @BeforeEach
    void twoCodersCodeADocument() {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.enrolCoder(directory, "other-pupil");
        classroom.enrolCoder(directory, "trainee");
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        document = classroom.importText(importer, "report.txt", "A report\n\nIran agreed to support al-Kadhimi."
                + "\n\nKata'ib Hezbollah opposed him from the start.");
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(document),
                List.of("pupil", "other-pupil"), null));
        passages = classroom.as("pupil", () -> documents.passages(document));
        support = classroom.claimType(codebooks, "Support");
        opposition = classroom.claimType(codebooks, "Opposition");
        code("pupil", passages.get(1), support);
        code("other-pupil", passages.get(1), support);
        code("pupil", passages.get(2), opposition);
        code("other-pupil", passages.get(2), support);
    }

    @Test
    void aSettledDocumentIsAnExerciseScoredAgainstGoldWithReasons() {
        classroom.submit(assignments, "pupil", document);
        classroom.submit(assignments, "other-pupil", document);
        assertThatThrownBy(() -> classroom.asSupervisor(() -> {
            sut.offer(document);
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("3 passages without gold");

        classroom.asSupervisor(() -> {
            adjudications.acceptUnanimous(classroom.project(), document);
            adjudications.adjudicate(document, passages.get(2).id(), null, AdjudicationMethod.TAKEN, "pupil", List.of(),
                    "The militia opposed him.");
            sut.offer(document);
            return assignments.assign(classroom.project(), List.of(document), List.of("trainee"), null);
        });
        // the trainee reads the militia's opposition as support too, and codes the heading as an event
        code("trainee", passages.get(1), support);
        code("trainee", passages.get(2), support);
        code("trainee", passages.get(0), classroom.claimType(codebooks, "Factual event"));
        assertThatThrownBy(() -> classroom.as("trainee", () -> sut.score(document, "trainee")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Submit the exercise first");
        classroom.submit(assignments, "trainee", document);

        TrainingScore score = classroom.as("trainee", () -> sut.score(document, "trainee"));
        assertThat(score.matched()).isEqualTo(1);
        assertThat(score.missed()).isEqualTo(1);
        assertThat(score.extra()).isEqualTo(2);
        assertThat(score.f1()).isCloseTo(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), org.assertj.core.api.Assertions
                .within(1e-9));
        assertThat(score.passages()).flatExtracting(TrainingScore.PassageFeedback::differences)
                .filteredOn(d -> d.kind() == TrainingScore.Kind.MISSED).singleElement()
                .satisfies(d -> assertThat(d.explanation()).contains("Gold applies Opposition")
                        .contains("The source says an actor opposed another actor"));
        assertThat(score.passages()).flatExtracting(TrainingScore.PassageFeedback::differences)
                .filteredOn(d -> d.kind() == TrainingScore.Kind.EXTRA).extracting(TrainingScore.Difference::claimType)
                .containsExactlyInAnyOrder("Support", "Factual event");

        assertThat(classroom.asSupervisor(() -> sut.exercises())).singleElement()
                .satisfies(e -> assertThat(e.attempts()).extracting(ExerciseView.Attempt::coder)
                        .containsExactlyInAnyOrder("pupil", "other-pupil", "trainee"));
        assertThat(classroom.as("trainee", () -> sut.exercises())).singleElement()
                .satisfies(e -> assertThat(e.attempts()).singleElement()
                        .satisfies(a -> assertThat(a.score()).isEqualTo(score.f1())));
        assertThatThrownBy(() -> classroom.as("pupil", () -> sut.score(document, "trainee")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSnapshotComputesAgainToTheSameFigureAfterTheCodingsHaveChanged() {
        SnapshotView snapshot = classroom.asSupervisor(() -> agreement.snapshot(classroom.project(),
                "krippendorff-alpha-nominal", "Table 2"));
        assertThat(snapshot.label()).isEqualTo("Table 2");
        assertThat(snapshot.coders()).containsExactly("other-pupil", "pupil");
        assertThat(snapshot.value()).isNotNull();
        assertThat(classroom.asSupervisor(() -> agreement.snapshotData(snapshot.id())))
                .startsWith("unit,other-pupil,pupil");

        code("other-pupil", passages.get(2), opposition);
        double live = classroom.asSupervisor(() -> agreement.report(classroom.project(),
                "krippendorff-alpha-nominal")).overall().value();
        assertThat(live).as("the codings changed").isNotEqualTo(snapshot.value());

        AgreementResult again = classroom.asSupervisor(() -> agreement.reproduce(snapshot.id()));
        assertThat(again.value()).isEqualTo(snapshot.value());
        assertThat(again.interval().lower()).isEqualTo(snapshot.lower());
        assertThat(again.interval().upper()).isEqualTo(snapshot.upper());
        assertThat(classroom.asSupervisor(() -> agreement.snapshots(classroom.project()))).hasSize(1);
    }

    private void code(String coder, PassageView passage, long claimType) {
        classroom.as(coder, () -> codings.code(document, passage.id(), claimType, passage.start(),
                passage.start() + 5));
    }
}
