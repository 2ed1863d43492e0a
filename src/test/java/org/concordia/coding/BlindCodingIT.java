package org.concordia.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.AssignmentView;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
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

/** Coders of the same document code blind until a supervisor reveals their codings, after all have submitted. */
@ExtendWith(ArquillianExtension.class)
class BlindCodingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    CodingService sut;

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

    @BeforeEach
    void twoCodersCodeTheSameDocument() {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.enrolCoder(directory, "other-pupil");
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        document = classroom.importText(importer, "report.txt", "A report\n\nIran agreed to support al-Kadhimi.");
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(document),
                List.of("pupil", "other-pupil"), null));
        PassageView passage = classroom.as("pupil", () -> documents.passages(document)).get(1);
        long support = classroom.as("pupil", () -> codebooks.view(classroom.project())).claimTypes().stream()
                .filter(t -> t.name().equals("Support")).findFirst().orElseThrow().id();
        for (String coder : List.of("pupil", "other-pupil")) {
            classroom.as(coder, () -> sut.code(document, passage.id(), support, passage.start(), passage.start() + 4));
        }
    }

    @Test
    void aCoderAskingForAnotherCodersCodingsOnAnUnrevealedAssignmentGetsNothing() {
        assertThat(classroom.as("pupil", () -> sut.codingsBy(document, "other-pupil"))).isEmpty();
        assertThat(classroom.as("pupil", () -> sut.codingsOf(document))).extracting(CodingView::coder)
                .containsExactly("pupil");
        assertThat(classroom.asSupervisor(() -> sut.codingsOf(document))).extracting(CodingView::coder)
                .containsExactlyInAnyOrder("pupil", "other-pupil");
    }

    @Test
    void revealingWaitsForEverySubmissionThenShowsEachCoderTheOthers() {
        classroom.submit(assignments, "pupil", document);
        assertThatThrownBy(() -> classroom.asSupervisor(() -> assignments.reveal(document)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("waiting for other-pupil");
        assertThat(classroom.as("pupil", () -> sut.codingsBy(document, "other-pupil"))).isEmpty();

        classroom.submit(assignments, "other-pupil", document);
        assertThatThrownBy(() -> classroom.as("pupil", () -> assignments.reveal(document)))
                .as("coders cannot reveal for themselves").isInstanceOf(AccessDeniedException.class);
        assertThat(classroom.asSupervisor(() -> assignments.reveal(document))).isEqualTo(2);

        assertThat(classroom.as("pupil", () -> sut.codingsBy(document, "other-pupil"))).hasSize(1);
        assertThat(classroom.as("other-pupil", () -> sut.codingsOf(document))).extracting(CodingView::coder)
                .containsExactlyInAnyOrder("pupil", "other-pupil");
        assertThat(classroom.asSupervisor(() -> assignments.projectAssignments(classroom.project())))
                .allMatch(AssignmentView::revealed);
    }
}
