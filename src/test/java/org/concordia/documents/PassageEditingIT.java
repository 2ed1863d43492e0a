package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SplitPoint;
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

/** A supervisor shapes a document's passages before coding starts; the first coding freezes them. */
@ExtendWith(ArquillianExtension.class)
class PassageEditingIT {

    private static final String TEXT = """
            Who backed the premier

            Iran agreed to support Mustafa al-Kadhimi.

            Kata'ib Hezbollah opposed him. Tehran's envoy said the choice was Iraq's alone.

            Donate now to keep this site running!
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    DocumentService sut;

    @Inject
    DocumentImporter importer;

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService projects;

    private ClassroomFixture classroom;
    private long document;

    @BeforeEach
    void importDocument() {
        classroom = ClassroomFixture.open(directory, projects);
        document = classroom.importText(importer, "report.txt", TEXT);
    }

    @Test
    void mergingJoinsAPassageWithTheNextAndKeepsTheOrder() {
        List<PassageView> before = passages();
        assertThat(before).hasSize(4);

        supervise(() -> sut.mergeWithNext(before.get(1).id()));

        List<PassageView> after = passages();
        assertThat(after).extracting(PassageView::position).containsExactly(0, 1, 2);
        assertThat(after.get(1).text()).isEqualTo("Iran agreed to support Mustafa al-Kadhimi.\n\nKata'ib Hezbollah"
                + " opposed him. Tehran's envoy said the choice was Iraq's alone.");
        assertThat(after.get(2).text()).startsWith("Donate now");
        assertThat(supervise(() -> sut.document(document)).passageCount())
                .isEqualTo(3);
    }

    @Test
    void splittingCutsBetweenSentencesWithoutTheSpaceBetweenThem() {
        PassageView twoSentences = passages().get(2);
        List<SplitPoint> points = supervise(() -> sut.splitPoints(twoSentences.id()));
        assertThat(points).singleElement().returns("Tehran's envoy said the choice was Iraq's alone.",
                SplitPoint::sentenceStart);

        supervise(() -> sut.splitPassage(twoSentences.id(), points.get(0).offset()));

        assertThat(passages()).extracting(PassageView::text).containsExactly("Who backed the premier",
                "Iran agreed to support Mustafa al-Kadhimi.", "Kata'ib Hezbollah opposed him.",
                "Tehran's envoy said the choice was Iraq's alone.", "Donate now to keep this site running!");
        assertThat(passages()).extracting(PassageView::position).containsExactly(0, 1, 2, 3, 4);
        assertThat(passages().get(3).kind()).isEqualTo(PassageKind.PARAGRAPH);
    }

    @Test
    void aSplitNeedsTextOnBothSidesAndCodersCannotShapePassages() {
        PassageView passage = passages().get(1);
        assertThatThrownBy(() -> supervise(() -> {
            sut.splitPassage(passage.id(), passage.end());
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("inside the passage");
        assertThatThrownBy(() -> classroom.as("pupil", () -> {
            sut.mergeWithNext(passage.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(passages()).hasSize(4);
    }

    @Test
    void theFirstCodingFreezesThePassages() {
        supervise(() -> sut.excludePassage(passages().get(3).id(), true));
        supervise(() -> codebooks.startFromStarterCodebook(classroom.project()));
        ClaimTypeView support = supervise(() -> codebooks.view(classroom.project())).claimTypes().stream()
                .filter(t -> t.name().equals("Support")).findFirst().orElseThrow();
        PassageView coded = passages().get(1);
        supervise(() -> codings.code(document, coded.id(), support.id(), coded.start(), coded.start() + 4));

        assertThat(supervise(() -> sut.document(document)).frozen()).isTrue();
        for (Runnable change : List.<Runnable>of(() -> sut.mergeWithNext(coded.id()),
                () -> sut.splitPassage(passages().get(2).id(), passages().get(2).start() + 31),
                () -> sut.excludePassage(coded.id(), true))) {
            assertThatThrownBy(() -> supervise(() -> {
                change.run();
                return null;
            })).isInstanceOf(InvalidInputException.class).hasMessageContaining("frozen");
        }
        assertThat(passages()).hasSize(4).extracting(PassageView::excluded).containsExactly(false, false, false, true);
    }

    private List<PassageView> passages() {
        return supervise(() -> sut.passages(document));
    }

    private void supervise(Runnable action) {
        supervise(() -> {
            action.run();
            return null;
        });
    }

    private <T> T supervise(java.util.function.Supplier<T> action) {
        return classroom.asSupervisor(action);
    }
}
