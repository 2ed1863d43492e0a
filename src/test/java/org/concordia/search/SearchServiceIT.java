package org.concordia.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.concordia.claims.model.EntityKind;
import org.concordia.claims.model.EntityView;
import org.concordia.claims.service.EntityService;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.service.DiscussionService;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.search.model.DocumentHits;
import org.concordia.search.model.NoteHit;
import org.concordia.search.model.SearchFilter;
import org.concordia.search.model.SearchHit;
import org.concordia.search.model.SearchResult;
import org.concordia.search.service.SearchService;
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
 * Search over a classroom's two reports, one spelling the prime minister al-Kadhimi, the other al-Kazimi: words in
 * any form, every spelling once the registry knows them, the index following changed passages, members only.
 */
@ExtendWith(ArquillianExtension.class)
class SearchServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    SearchService sut;

    @Inject
    EntityService entities;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService projects;

    @Inject
    CodebookService codebooks;

    @Inject
    AssignmentService assignments;

    @Inject
    CodingService codings;

    @Inject
    DiscussionService discussions;

    private ClassroomFixture classroom;
    private long wire;
    private long paper;

    @BeforeEach
    void twoReportsSpellThePrimeMinisterTwoWays() {
        classroom = ClassroomFixture.open(directory, projects);
        wire = classroom.importText(importer, "wire.txt", "Wire report\n\nIran backed Mustafa al-Kadhimi for prime"
                + " minister.\n\nParliament met on Wednesday.\n");
        paper = classroom.importText(importer, "paper.txt", "Journal paper\n\nTehran merely accepted al-Kazimi to"
                + " block a rival.\n");
    }

    @Test
    void aNameFindsEverySpellingTheRegistryKnows() {
        assertThat(titles(search("Kadhimi"))).as("before the registry knows the spellings").containsExactly("wire");

        EntityView pm = classroom.asSupervisor(() -> entities.create(classroom.project(), EntityKind.PERSON,
                "Mustafa al-Kadhimi"));
        classroom.asSupervisor(() -> entities.declareAlias(pm.id(), "al-Kazimi"));
        SearchResult result = search("al-Kadhimi");

        assertThat(titles(result)).containsExactly("wire", "paper");
        assertThat(marked(result)).contains("Kadhimi", "Kazimi");
        assertThat(result.alsoSearched()).singleElement().asString().contains("al-Kazimi");
    }

    @Test
    void wordsAreFoundInAnyFormAndAllMustBeThere() {
        assertThat(titles(search("backing IRAN"))).containsExactly("wire");
        assertThat(marked(search("backing IRAN"))).containsExactly("Iran", "backed");
        assertThat(titles(search("backed Tehran"))).as("no passage has both").isEmpty();
        assertThat(search("  ").passages()).isZero();
    }

    @Test
    void theIndexFollowsPassagesThatChange() {
        List<PassageView> before = classroom.asSupervisor(() -> documents.passages(wire));
        assertThat(hits(search("Parliament"))).extracting(SearchHit::passageId).containsExactly(before.get(2).id());

        classroom.asSupervisor(() -> {
            documents.mergeWithNext(before.get(1).id());
            return null;
        });
        SearchResult merged = search("backed Parliament");
        assertThat(hits(merged)).as("one passage now holds both sentences").extracting(SearchHit::passageId)
                .containsExactly(before.get(1).id());
    }

    @Test
    void filtersKeepDocumentsByOutletTypeAndDateAndPassagesByTheirCodings() {
        classroom.asSupervisor(() -> documents.describe(wire, new DocumentMetadata("wire", null, "Baghdad Wire",
                LocalDate.of(2020, 5, 7), null, SourceType.NEWS_ARTICLE, null)));
        classroom.asSupervisor(() -> documents.describe(paper, new DocumentMetadata("paper", null, "Gulf Review",
                LocalDate.of(2021, 3, 1), null, SourceType.JOURNAL_ARTICLE, null)));
        assertThat(titles(search("Iran", new SearchFilter("Baghdad Wire", null, null, null, null, null))))
                .containsExactly("wire");
        assertThat(titles(search("Tehran", new SearchFilter("Baghdad Wire", null, null, null, null, null))))
                .as("the paper's outlet is another").isEmpty();
        assertThat(titles(search("rival", new SearchFilter(null, SourceType.JOURNAL_ARTICLE, LocalDate.of(2021, 1, 1),
                null, null, null)))).containsExactly("paper");
        assertThat(titles(search("rival", new SearchFilter(null, null, null, LocalDate.of(2020, 12, 31), null,
                null)))).as("published after the end of the range").isEmpty();

        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(wire), List.of("pupil"), null));
        long support = classroom.claimType(codebooks, "Support");
        long stance = classroom.claimType(codebooks, "Attribution of stance");
        PassageView backing = classroom.as("pupil", () -> documents.passages(wire)).get(1);
        classroom.as("pupil", () -> codings.code(wire, backing.id(), support, backing.start(), backing.start() + 4));

        assertThat(hits(search("Iran", new SearchFilter(null, null, null, null, stance, null))))
                .as("Support is below the grouping").extracting(SearchHit::passageId).containsExactly(backing.id());
        assertThat(hits(search("Parliament", new SearchFilter(null, null, null, null, support, null))))
                .as("the other passage has no coding").isEmpty();
        assertThat(hits(search("Iran", new SearchFilter(null, null, null, null, null, "someone-else")))).isEmpty();
        classroom.enrolCoder(directory, "other-pupil");
        assertThat(classroom.as("other-pupil", () -> sut.search(classroom.project(), "Iran",
                new SearchFilter(null, null, null, null, support, null))).passages())
                .as("another coder's codings are no filter for her while coding is blind").isZero();
    }

    @Test
    void memosAndReviewCommentsAreFoundByThoseWhoMayReadThem() {
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(wire), List.of("pupil"), null));
        long event = classroom.claimType(codebooks, "Factual event");
        PassageView meeting = classroom.as("pupil", () -> documents.passages(wire)).get(2);
        long coding = classroom.as("pupil", () -> codings.code(wire, meeting.id(), event, meeting.start(),
                meeting.start() + 10)).id();
        classroom.as("pupil", () -> codings.describe(coding, java.util.Map.of(), "Which ambassador briefed the wire?"));
        classroom.asSupervisor(() -> {
            discussions.comment(wire, meeting.id(), "The Ambassador's briefing is no source for the date.");
            return null;
        });

        List<NoteHit> supervisors = search("ambassador").notes();
        assertThat(supervisors).extracting(NoteHit::kind).containsExactlyInAnyOrder(NoteHit.Kind.MEMO,
                NoteHit.Kind.COMMENT);
        assertThat(supervisors).allSatisfy(n -> {
            assertThat(n.passageId()).isEqualTo(meeting.id());
            assertThat(n.position()).isEqualTo(2);
            assertThat(n.title()).isEqualTo("wire");
        });
        assertThat(supervisors).flatExtracting(NoteHit::context).filteredOn(SearchHit.Piece::hit)
                .extracting(SearchHit.Piece::text).as("the word marked in the memo and in the comment").hasSize(2)
                .allMatch(w -> w.toLowerCase(java.util.Locale.ROOT).startsWith("ambassador"));
        assertThat(classroom.as("pupil", () -> sut.search(classroom.project(), "ambassador")).notes())
                .as("her own memo; review comments are for supervisors").extracting(NoteHit::author)
                .containsExactly("pupil");
        classroom.enrolCoder(directory, "other-pupil");
        assertThat(classroom.as("other-pupil", () -> sut.search(classroom.project(), "ambassador")).notes())
                .as("another coder's memo stays hers while coding is blind").isEmpty();
        assertThat(search("ambassador", new SearchFilter("Gulf Review", null, null, null, null, null)).notes())
                .as("the wire names no outlet: a filter by outlet leaves its notes out too").isEmpty();
    }

    @Test
    void manyNewDocumentsAreIndexedInTheBackgroundWhileSearchesSayHowFarItIs() throws InterruptedException {
        int many = SearchService.INDEXED_BEFORE_ANSWERING + 5;
        for (int i = 0; i < many; i++) {
            classroom.importText(importer, "brief-" + i + ".txt", "Brief " + i + "\n\nThe envoy met the Marja'iya"
                    + " in Najaf.\n");
        }
        SearchResult first = search("envoy Najaf");
        assertThat(first.indexing()).as("more documents changed than a search indexes before answering").isNotNull();
        assertThat(first.indexing().total()).as("the briefs and the two reports").isEqualTo(many + 2);
        assertThat(first.passages()).isLessThanOrEqualTo(many);

        SearchResult later = first;
        for (int wait = 0; wait < 60 && later.indexing() != null; wait++) {
            Thread.sleep(500);
            later = search("envoy Najaf");
        }
        assertThat(later.indexing()).as("the background indexing ends").isNull();
        assertThat(later.passages()).as("every brief found once indexed").isEqualTo(many);
    }

    @Test
    void onlyTheProjectsTenantSearchesItAndAQueryHasALimit() {
        assertThat(titles(classroom.as("pupil", () -> sut.search(classroom.project(), "rival"))))
                .containsExactly("paper");
        ClassroomFixture other = ClassroomFixture.open(directory, projects);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.search(classroom.project(), "rival")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> search("word ".repeat(200))).isInstanceOf(InvalidInputException.class);
    }

    private SearchResult search(String query) {
        return classroom.asSupervisor(() -> sut.search(classroom.project(), query));
    }

    private SearchResult search(String query, SearchFilter filter) {
        return classroom.asSupervisor(() -> sut.search(classroom.project(), query, filter));
    }

    private static List<String> titles(SearchResult result) {
        return result.documents().stream().map(DocumentHits::title).toList();
    }

    private static List<SearchHit> hits(SearchResult result) {
        return result.documents().stream().flatMap(d -> d.hits().stream()).toList();
    }

    private static List<String> marked(SearchResult result) {
        return hits(result).stream().flatMap(h -> h.context().stream()).filter(SearchHit.Piece::hit)
                .map(SearchHit.Piece::text).toList();
    }
}
