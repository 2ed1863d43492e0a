package org.concordia.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.AssignmentView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
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

/** Assignments inside the server: balanced and by hand, progress, submission. */
@ExtendWith(ArquillianExtension.class)
class AssignmentServiceIT {

    private static final LocalDate DUE = LocalDate.of(2030, 1, 31);

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    AssignmentService sut;

    @Inject
    CodingService codings;

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
    private List<Long> documentIds;

    @BeforeEach
    void fourDocumentsAndThreeCoders() {
        classroom = ClassroomFixture.open(directory, projects);
        ExecutionContext.runAs(UserIdentity.system(), null, () -> {
            directory.enrol(classroom.tenant(), "bob", TenantRole.CODER);
            directory.enrol(classroom.tenant(), "cem", TenantRole.CODER);
        });
        as(classroom.supervisor(), classroom.tenant(), () -> codebooks.startFromStarterCodebook(classroom.project()));
        documentIds = List.of(1, 2, 3, 4).stream().map(i -> as(classroom.supervisor(), classroom.tenant(),
                () -> importer.importUpload(classroom.project(), "doc" + i + ".txt",
                        ("Document " + i + "\n\nFirst claim here.\n\nSecond claim here.").getBytes(StandardCharsets.UTF_8),
                        SourceType.OTHER)).get(0).documentId()).toList();
    }

    @Test
    void balancedAssignmentGivesEachDocumentKCodersAndEveryoneAFairShare() {
        int made = asSupervisor(() -> sut.assignBalanced(classroom.project(), 2, List.of("pupil", "bob", "cem"), DUE));

        List<AssignmentView> all = asSupervisor(() -> sut.projectAssignments(classroom.project()));
        assertThat(made).isEqualTo(8);
        assertThat(all.stream().collect(Collectors.groupingBy(AssignmentView::documentId, Collectors.counting())))
                .hasSize(4).allSatisfy((document, coders) -> assertThat(coders).isEqualTo(2L));
        Map<String, Long> load = all.stream().collect(Collectors.groupingBy(AssignmentView::coder, Collectors.counting()));
        assertThat(load.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 3L));
        assertThat(asSupervisor(() -> sut.assignBalanced(classroom.project(), 2, List.of("pupil", "bob", "cem"), DUE)))
                .as("assigning again adds nothing").isZero();
    }

    @Test
    void byHandEachChosenDocumentGoesToEachChosenCoderAndStrangersAreRefused() {
        int made = asSupervisor(() -> sut.assign(classroom.project(), documentIds.subList(0, 2), List.of("pupil", "bob"),
                DUE));

        assertThat(made).isEqualTo(4);
        assertThat(as("pupil", classroom.tenant(), sut::myAssignments)).extracting(AssignmentView::documentId)
                .containsExactlyInAnyOrderElementsOf(documentIds.subList(0, 2));
        assertThatThrownBy(() -> asSupervisor(() -> sut.assign(classroom.project(), documentIds, List.of("mallory"),
                DUE))).isInstanceOf(InvalidInputException.class).hasMessageContaining("mallory is not a member");
        assertThatThrownBy(() -> as("pupil", classroom.tenant(),
                () -> sut.assign(classroom.project(), documentIds, List.of("pupil"), DUE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void progressCountsCodedPassagesAndSubmittingFreezesTheCodingsUntilReopened() {
        long document = documentIds.get(0);
        asSupervisor(() -> sut.assign(classroom.project(), List.of(document), List.of("pupil"), DUE));
        PassageView first = as("pupil", classroom.tenant(), () -> documents.passages(document)).get(1);
        ClaimTypeView event = as("pupil", classroom.tenant(), () -> codebooks.view(classroom.project())).claimTypes()
                .stream().filter(t -> t.name().equals("Factual event")).findFirst().orElseThrow();
        as("pupil", classroom.tenant(), () -> codings.code(document, first.id(), event.id(), first.start(),
                first.start() + 5));

        AssignmentView mine = as("pupil", classroom.tenant(), sut::myAssignments).get(0);
        assertThat(mine.codedPassages()).isEqualTo(1);
        assertThat(mine.codablePassages()).isEqualTo(3);
        assertThat(mine.percent()).isEqualTo(33);

        assertThatThrownBy(() -> as("bob", classroom.tenant(), () -> sut.submit(mine.id())))
                .isInstanceOf(AccessDeniedException.class);
        as("pupil", classroom.tenant(), () -> sut.submit(mine.id()));
        assertThatThrownBy(() -> as("pupil", classroom.tenant(), () -> codings.code(document, first.id(), event.id(),
                first.start() + 6, first.start() + 10))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("submitted");

        asSupervisor(() -> sut.reopen(mine.id()));
        assertThat(as("pupil", classroom.tenant(), () -> codings.code(document, first.id(), event.id(),
                first.start() + 6, first.start() + 10))).isNotNull();
    }

    private <T> T asSupervisor(java.util.function.Supplier<T> work) {
        return as(classroom.supervisor(), classroom.tenant(), work);
    }
}
