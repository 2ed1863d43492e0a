package org.concordia.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.concordia.analysis.model.CodedSegment;
import org.concordia.analysis.model.CrossTable;
import org.concordia.analysis.model.Dimension;
import org.concordia.analysis.model.SegmentQuery;
import org.concordia.analysis.model.Segments;
import org.concordia.analysis.service.AnalysisService;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
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
 * Retrieval and tables over a classroom's two reports from two outlets, coded blind by two pupils: the supervisor
 * sees both pupils' codings, each pupil only her own, another tenant nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AnalysisServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    AnalysisService sut;

    @Inject
    CodingService codings;

    @Inject
    CodebookService codebooks;

    @Inject
    AssignmentService assignments;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService projects;

    private ClassroomFixture classroom;
    private long wire;
    private long paper;
    private long support;
    private long opposition;
    private long event;

    @BeforeEach
    void twoPupilsCodeTwoReports() {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.enrolCoder(directory, "other-pupil");
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        wire = classroom.importText(importer, "wire.txt", "Wire report\n\nIran backed Mustafa al-Kadhimi for prime"
                + " minister on Thursday.\n");
        paper = classroom.importText(importer, "paper.txt", "Journal paper\n\nTehran merely accepted al-Kazimi to"
                + " block a rival.\n");
        describe(wire, "Baghdad Wire", LocalDate.of(2020, 5, 7), SourceType.NEWS_ARTICLE);
        describe(paper, "Gulf Review", LocalDate.of(2021, 3, 1), SourceType.JOURNAL_ARTICLE);
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(wire, paper),
                List.of("pupil", "other-pupil"), null));
        support = classroom.claimType(codebooks, "Support");
        opposition = classroom.claimType(codebooks, "Opposition");
        event = classroom.claimType(codebooks, "Factual event");

        code("pupil", wire, support, "backed Mustafa al-Kadhimi");
        code("pupil", wire, event, "on Thursday");
        code("pupil", paper, support, "accepted al-Kazimi");
        code("other-pupil", wire, support, "Iran backed");
        code("other-pupil", paper, opposition, "block a rival");
    }

    @Test
    void theSupervisorRetrievesEverybodysSegmentsWithTheirQuotes() {
        Segments all = classroom.asSupervisor(() -> sut.segments(classroom.project(),
                SegmentQuery.of(Set.of(support)), 100));

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.shown()).extracting(CodedSegment::quote)
                .containsExactlyInAnyOrder("backed Mustafa al-Kadhimi", "Iran backed", "accepted al-Kazimi");
        assertThat(all.shown()).allSatisfy(s -> assertThat(s.claimType()).isEqualTo("Attribution of stance / Support"));
        assertThat(all.shown()).extracting(CodedSegment::documentTitle).contains("wire", "paper");
        assertThat(all.shown()).allSatisfy(s -> assertThat(s.passagePosition()).isEqualTo(1));

        long stance = classroom.claimType(codebooks, "Attribution of stance");
        Segments below = classroom.asSupervisor(() -> sut.segments(classroom.project(),
                new SegmentQuery(Set.of(stance), true, Dimension.OUTLET, "Gulf Review", null, false, false), 100));
        assertThat(below.shown()).as("Support and Opposition are below the grouping; one outlet")
                .extracting(CodedSegment::quote).containsExactlyInAnyOrder("accepted al-Kazimi", "block a rival");
        Segments one = classroom.asSupervisor(() -> sut.segments(classroom.project(),
                new SegmentQuery(Set.of(), false, null, null, "other-pupil", false, false), 1));
        assertThat(one.total()).isEqualTo(2);
        assertThat(one.shown()).hasSize(1);
        assertThat(one.cut()).isTrue();
    }

    @Test
    void tablesCountByOutletYearAndTogether() {
        CrossTable byOutlet = classroom.asSupervisor(() -> sut.codesBy(classroom.project(), Dimension.OUTLET));
        assertThat(byOutlet.rows()).extracting(r -> r.heading().label()).containsExactly("Baghdad Wire", "Gulf Review");
        assertThat(byOutlet.rows()).extracting(CrossTable.Row::total).containsExactly(3L, 2L);

        CrossTable byYear = classroom.asSupervisor(() -> sut.codesBy(classroom.project(), Dimension.YEAR));
        assertThat(byYear.rows()).extracting(r -> r.heading().key()).containsExactly("2020", "2021");

        CrossTable together = classroom.asSupervisor(() -> sut.coOccurrence(classroom.project(), false));
        int s = indexOf(together, support);
        int e = indexOf(together, event);
        int o = indexOf(together, opposition);
        assertThat(together.rows().get(s).cells().get(e).count()).as("pupil's Support and Event in the wire")
                .isEqualTo(1);
        assertThat(together.rows().get(s).cells().get(o).count())
                .as("Support by one pupil, Opposition by the other: a disagreement").isZero();
        assertThat(together.rows().get(e).cells().get(s).count()).as("the table is symmetric").isEqualTo(1);
        CrossTable overlapping = classroom.asSupervisor(() -> sut.coOccurrence(classroom.project(), true));
        assertThat(overlapping.rows().get(s).cells().get(e).count()).as("the pupil's two spans do not overlap")
                .isZero();
        assertThat(overlapping.rows().get(s).cells().get(s).count()).as("passages with Support, overlapping or not")
                .isEqualTo(together.rows().get(s).cells().get(s).count());
        assertThat(classroom.asSupervisor(() -> sut.segments(classroom.project(),
                new SegmentQuery(Set.of(support, event), false, null, null, null, true, true), 100)).total())
                .as("the two spans do not overlap").isZero();
        assertThat(classroom.asSupervisor(() -> sut.segments(classroom.project(),
                new SegmentQuery(Set.of(support, event), false, null, null, null, true, false), 100)).shown())
                .extracting(CodedSegment::quote).containsExactlyInAnyOrder("backed Mustafa al-Kadhimi", "on Thursday");
    }

    @Test
    void aPupilSeesOnlyHerOwnCodingsAndAnotherTenantNothing() {
        Segments own = classroom.as("other-pupil", () -> sut.segments(classroom.project(),
                new SegmentQuery(Set.of(), false, null, null, "pupil", false, false), 100));
        assertThat(own.shown()).as("asking for another pupil's codings gets her own")
                .extracting(CodedSegment::coder).containsOnly("other-pupil");
        CrossTable table = classroom.as("other-pupil", () -> sut.codesBy(classroom.project(), Dimension.DOCUMENT));
        assertThat(table.total()).isEqualTo(2);
        CrossTable together = classroom.as("pupil", () -> sut.coOccurrence(classroom.project(), false));
        assertThat(together.rows().get(indexOf(together, opposition)).total()).as("the other pupil's Opposition")
                .isZero();

        ClassroomFixture other = ClassroomFixture.open(directory, projects);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.codesBy(classroom.project(), Dimension.DOCUMENT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.segments(classroom.project(),
                SegmentQuery.of(Set.of()), 10))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onceADocumentsCodingsAreRevealedAPupilSeesEverybodysThereAndStillOnlyHerOwnElsewhere() {
        classroom.submit(assignments, "pupil", paper);
        classroom.submit(assignments, "other-pupil", paper);
        classroom.asSupervisor(() -> assignments.reveal(paper));

        Segments seen = classroom.as("other-pupil", () -> sut.segments(classroom.project(),
                SegmentQuery.of(Set.of()), 100));
        assertThat(seen.shown()).extracting(CodedSegment::coder, CodedSegment::documentId)
                .as("the paper's codings of both, the wire's of her own")
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("other-pupil", wire),
                        org.assertj.core.groups.Tuple.tuple("pupil", paper),
                        org.assertj.core.groups.Tuple.tuple("other-pupil", paper));
        CrossTable table = classroom.as("other-pupil", () -> sut.codesBy(classroom.project(), Dimension.DOCUMENT));
        assertThat(table.total()).as("her two and the pupil's one in the paper").isEqualTo(3);
        CrossTable together = classroom.as("other-pupil", () -> sut.coOccurrence(classroom.project(), false));
        assertThat(together.rows().get(indexOf(together, support)).cells().get(indexOf(together, opposition)).count())
                .as("the paper's Support and Opposition are two coders': no pair").isZero();
        assertThat(together.rows().get(indexOf(together, support)).cells().get(indexOf(together, support)).count())
                .as("passages with Support she may see: the wire's and the paper's").isEqualTo(2);
        assertThat(classroom.as("other-pupil", () -> codings.countsByClaimType(classroom.project())))
                .as("the codebook's counts: her Support in the wire, the pupil's in the paper, her Opposition")
                .containsEntry(support, 2L).containsEntry(opposition, 1L).doesNotContainKey(event);
    }

    private void describe(long document, String outlet, LocalDate date, SourceType type) {
        classroom.asSupervisor(() -> documents.describe(document, new DocumentMetadata(
                documents.document(document).title(), null, outlet, date, null, type, null)));
    }

    private void code(String coder, long document, long claimType, String words) {
        PassageView passage = classroom.as(coder, () -> documents.passages(document)).get(1);
        int at = passage.text().indexOf(words);
        classroom.as(coder, () -> codings.code(document, passage.id(), claimType, passage.start() + at,
                passage.start() + at + words.length()));
    }

    private static int indexOf(CrossTable table, long claimType) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).key().equals(String.valueOf(claimType))) {
                return i;
            }
        }
        throw new AssertionError("no column for claim type " + claimType);
    }
}
