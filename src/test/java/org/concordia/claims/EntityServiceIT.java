package org.concordia.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.concordia.claims.model.EntityKind;
import org.concordia.claims.model.EntityView;
import org.concordia.claims.model.MergeSuggestion;
import org.concordia.claims.model.MergeView;
import org.concordia.claims.service.EntityService;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
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
 * Entities from the real corpus: one report spells the prime minister al-Kadhimi, another al-Kazimi. Coded as the
 * object of a Support claim in each, the two names become two entities, which are suggested for merging; the
 * merge keeps its history and can be undone.
 */
@ExtendWith(ArquillianExtension.class)
class EntityServiceIT {

    private static final String KADHIMI_REPORT = "003_e30905c110becc56.txt";
    private static final String KAZIMI_REPORT = "004_ddfeec53a99d75cc.txt";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSharedCorpus(Deployments.concordiaForServiceTests());
    }

    @Inject
    EntityService sut;

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
    AssignmentService assignments;

    @Inject
    ProjectService projects;

    private ClassroomFixture classroom;

    @BeforeEach
    void twoCorpusReportsCodedWithTheirOwnSpelling() throws IOException {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        codeNameAsObject(KADHIMI_REPORT, "al-Kadhimi");
        codeNameAsObject(KAZIMI_REPORT, "al-Kazimi");
    }

    @Test
    void namesFromTwoDocumentsAreSuggestedAsOneEntity() {
        assertThat(classroom.asSupervisor(() -> sut.collectFromCodings(classroom.project()))).isEqualTo(3);
        assertThat(names()).contains("al-Kadhimi", "al-Kazimi", "Iran");

        List<MergeSuggestion> suggestions = classroom.asSupervisor(() -> sut.suggestions(classroom.project()));
        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(List.of(s.firstName(), s.secondName())).containsExactlyInAnyOrder("al-Kadhimi", "al-Kazimi");
            assertThat(s.reason()).isEqualTo("the same name in another transliteration");
        });
        assertThat(classroom.asSupervisor(() -> sut.collectFromCodings(classroom.project())))
                .as("collecting again finds nothing new").isZero();
    }

    @Test
    void aMergeMovesTheNamesKeepsItsHistoryAndCanBeUndone() {
        classroom.asSupervisor(() -> sut.collectFromCodings(classroom.project()));
        long kadhimi = id("al-Kadhimi");
        long kazimi = id("al-Kazimi");

        MergeView merge = classroom.asSupervisor(() -> sut.merge(kadhimi, kazimi));
        assertThat(names()).doesNotContain("al-Kazimi");
        assertThat(classroom.asSupervisor(() -> sut.resolve(classroom.project(), "AL-KAZIMI")))
                .as("the merged spelling now names the survivor").get().extracting(EntityView::name)
                .isEqualTo("al-Kadhimi");
        assertThat(classroom.asSupervisor(() -> sut.suggestions(classroom.project()))).isEmpty();

        classroom.asSupervisor(() -> sut.undo(merge.id()));
        assertThat(names()).contains("al-Kadhimi", "al-Kazimi");
        assertThat(classroom.asSupervisor(() -> sut.resolve(classroom.project(), "al-Kazimi")))
                .get().extracting(EntityView::name).isEqualTo("al-Kazimi");
        assertThat(classroom.asSupervisor(() -> sut.merges(classroom.project()))).singleElement()
                .satisfies(m -> assertThat(m.undone()).isTrue())
                .satisfies(m -> assertThat(m.undoneBy()).isEqualTo(classroom.supervisor()));
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.undo(merge.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void declaredAliasesNameOneEntityOnlyAndCodersCannotChangeEntities() {
        EntityView pmf = classroom.asSupervisor(() -> sut.create(classroom.project(), EntityKind.ARMED_GROUP,
                "Popular Mobilization Forces"));
        classroom.asSupervisor(() -> sut.declareAlias(pmf.id(), "PMU"));
        classroom.asSupervisor(() -> sut.declareAlias(pmf.id(), "al-Hashd al-Shaabi"));
        assertThat(classroom.as("pupil", () -> sut.resolve(classroom.project(), "pmu"))).get()
                .extracting(EntityView::name).isEqualTo("Popular Mobilization Forces");
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.create(classroom.project(), EntityKind.ARMED_GROUP,
                "PMU"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("already names");
        assertThatThrownBy(() -> classroom.as("pupil", () -> sut.declareAlias(pmf.id(), "PMF")))
                .isInstanceOf(AccessDeniedException.class);
        ClassroomFixture other = ClassroomFixture.open(directory, projects);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.declareAlias(pmf.id(), "PMF")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.entities(classroom.project())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCoderSeesOnlyNamesFromCodingsSheMaySeeUntilTheDocumentIsRevealed() {
        long document = blindForPupilAndPal("blind.txt", "Blind coding\n\nTehran welcomed the new prime minister,"
                + " and the militia denounced him the same day.");
        codeAs("pupil", document, "Tehran", "the new prime minister");
        codeAs("pal", document, "Kataib Hezbollah", "the new prime minister");
        classroom.asSupervisor(() -> sut.collectFromCodings(classroom.project()));

        assertThat(namesSeenBy("pupil")).as("her own names, not pal's or the supervisor's unrevealed ones")
                .containsExactlyInAnyOrder("Tehran", "the new prime minister");
        assertThat(classroom.as("pupil", () -> sut.resolve(classroom.project(), "Kataib Hezbollah"))).isEmpty();
        assertThat(classroom.as("pupil", () -> sut.suggestions(classroom.project()))).isEmpty();
        assertThat(namesSeenBy(classroom.supervisor())).contains("Kataib Hezbollah", "al-Kazimi", "Tehran");

        classroom.submit(assignments, "pupil", document);
        classroom.submit(assignments, "pal", document);
        classroom.asSupervisor(() -> assignments.reveal(document));

        assertThat(namesSeenBy("pupil")).as("once revealed, the co-coder's names too")
                .containsExactlyInAnyOrder("Tehran", "the new prime minister", "Kataib Hezbollah");
    }

    @Test
    void aCoderPicksAKeptEntityInAnySpellingAndHerNewNameIsRecordedAsNewForHerEyesOnly() {
        long document = blindForPupilAndPal("pick.txt", "Picking names\n\nThe militias denounced the new prime"
                + " minister within hours.");
        codeAs("pal", document, "Kata'ib Hezbollah", "the new prime minister");
        classroom.asSupervisor(() -> sut.collectFromCodings(classroom.project()));
        assertThat(classroom.as("pupil", () -> sut.namesLike(classroom.project(), "Kataeb")))
                .as("pal's unrevealed name is not offered").isEmpty();

        long militia = id("Kata'ib Hezbollah");
        classroom.asSupervisor(() -> sut.describe(militia, EntityKind.ARMED_GROUP, "Kata'ib Hezbollah"));
        assertThat(classroom.as("pupil", () -> sut.namesLike(classroom.project(), "Kataeb")))
                .as("kept by a supervisor: the registry's, in any spelling").containsExactly("Kata'ib Hezbollah");
        assertThat(classroom.as("pupil", () -> sut.namesLike(classroom.project(), "hezb")))
                .contains("Kata'ib Hezbollah");

        codeAs("pupil", document, "Asa'ib Ahl al-Haq", "the new prime minister");
        assertThat(classroom.as("pupil", () -> sut.recordWhileCoding(classroom.project(),
                List.of("Kata'ib Hezbollah", "Asa'ib Ahl al-Haq", "the new prime minister", " "))))
                .as("only the name no entity goes by").isEqualTo(1);
        assertThat(classroom.as("pupil", () -> sut.entities(classroom.project())))
                .filteredOn(e -> e.name().equals("Asa'ib Ahl al-Haq")).singleElement()
                .satisfies(e -> assertThat(e.kind()).as("new: for a supervisor to keep or merge")
                        .isEqualTo(EntityKind.UNCLASSIFIED));
        assertThat(classroom.as("pal", () -> sut.namesLike(classroom.project(), "Asaib")))
                .as("blind coding: pupil's new name is not in pal's list").isEmpty();
        assertThat(classroom.asSupervisor(() -> sut.namesLike(classroom.project(), "Asaib")))
                .containsExactly("Asa'ib Ahl al-Haq");
    }

    /** A document assigned to pupil and the new coder pal, to code blind; returns its id. */
    private long blindForPupilAndPal(String file, String text) {
        classroom.enrolCoder(directory, "pal");
        long document = classroom.importText(importer, file, text);
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(document),
                List.of("pupil", "pal"), null));
        return document;
    }

    private void codeAs(String coder, long document, String subject, String object) {
        PassageView passage = classroom.as(coder, () -> documents.passages(document)).get(1);
        long support = classroom.claimType(codebooks, "Support");
        CodingView coding = classroom.as(coder, () -> codings.code(document, passage.id(), support,
                passage.start(), passage.start() + 6));
        classroom.as(coder, () -> codings.describe(coding.id(), Map.of("subject", subject, "object", object), null));
    }

    private List<String> namesSeenBy(String username) {
        return classroom.as(username, () -> sut.entities(classroom.project())).stream().map(EntityView::name)
                .toList();
    }

    /** Imports the corpus report and codes the first sentence naming {@code name}: Iran supports {@code name}. */
    private void codeNameAsObject(String file, String name) throws IOException {
        byte[] content;
        try (InputStream in = EntityServiceIT.class.getResourceAsStream("/corpus/" + file)) {
            content = in.readAllBytes();
        }
        long document = classroom.asSupervisor(() -> importer.importUpload(classroom.project(), file, content,
                SourceType.THINK_TANK_REPORT)).get(0).documentId();
        PassageView passage = classroom.asSupervisor(() -> documents.passages(document)).stream()
                .filter(p -> p.text().contains(name)).findFirst().orElseThrow();
        int start = passage.start() + passage.text().codePointCount(0, passage.text().indexOf(name));
        int end = start + name.length();
        long support = classroom.asSupervisor(() -> codebooks.view(classroom.project())).claimTypes().stream()
                .filter(t -> t.name().equals("Support")).findFirst().orElseThrow().id();
        CodingView coding = classroom.asSupervisor(() -> codings.code(document, passage.id(), support, start, end));
        classroom.asSupervisor(() -> codings.describe(coding.id(), Map.of("subject", "Iran", "object", name), null));
    }

    private List<String> names() {
        return classroom.asSupervisor(() -> sut.entities(classroom.project())).stream().map(EntityView::name)
                .toList();
    }

    private long id(String name) {
        return classroom.asSupervisor(() -> sut.entities(classroom.project())).stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }
}
