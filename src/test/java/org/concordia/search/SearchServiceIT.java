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
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.consensus.service.DiscussionService;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.search.model.CodedMention;
import org.concordia.search.model.DocumentHits;
import org.concordia.search.model.EntityMentions;
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

    @Inject
    AdjudicationService adjudications;

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
        assertThat(titles(search("Iran", SearchFilter.none().withOutlet("Baghdad Wire"))))
                .containsExactly("wire");
        assertThat(titles(search("Tehran", SearchFilter.none().withOutlet("Baghdad Wire"))))
                .as("the paper's outlet is another").isEmpty();
        assertThat(titles(search("rival", SearchFilter.none()
                .withSourceType(SourceType.JOURNAL_ARTICLE).withPublished(LocalDate.of(2021, 1, 1), null)))).containsExactly("paper");
        assertThat(titles(search("rival", SearchFilter.none().withPublished(null,
                LocalDate.of(2020, 12, 31))))).as("published after the end of the range").isEmpty();

        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(wire), List.of("pupil"), null));
        long support = classroom.claimType(codebooks, "Support");
        long stance = classroom.claimType(codebooks, "Attribution of stance");
        PassageView backing = classroom.as("pupil", () -> documents.passages(wire)).get(1);
        classroom.as("pupil", () -> codings.code(wire, backing.id(), support, backing.start(), backing.start() + 4));

        assertThat(hits(search("Iran", SearchFilter.none().withClaimType(stance))))
                .as("Support is below the grouping").extracting(SearchHit::passageId).containsExactly(backing.id());
        assertThat(hits(search("Parliament", SearchFilter.none().withClaimType(support))))
                .as("the other passage has no coding").isEmpty();
        assertThat(hits(search("Iran", SearchFilter.none().withCoder("someone-else")))).isEmpty();
        classroom.enrolCoder(directory, "other-pupil");
        assertThat(classroom.as("other-pupil", () -> sut.search(classroom.project(), "Iran",
                SearchFilter.none().withClaimType(support))).passages())
                .as("another coder's codings are no filter for her while coding is blind").isZero();
    }

    @Test
    void aValueFindsCodingsThatNameItAnyWayAndReviewersFilterByStateAndGold() {
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        classroom.enrolCoder(directory, "other-pupil");
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(wire, paper),
                List.of("pupil", "other-pupil"), null));
        long support = classroom.claimType(codebooks, "Support");
        long opposition = classroom.claimType(codebooks, "Opposition");
        PassageView backing = classroom.as("pupil", () -> documents.passages(wire)).get(1);
        PassageView accepting = classroom.as("pupil", () -> documents.passages(paper)).get(1);
        code("pupil", wire, backing, support, "backed", "al-Kadhimi");
        code("other-pupil", wire, backing, support, "backed", "Al Kadhimi");
        code("pupil", paper, accepting, support, "accepted or acquiesced", "al-Kazimi");
        code("other-pupil", paper, accepting, opposition, "blocked", "al-Kazimi");

        assertThat(titles(search("Iran", SearchFilter.none().withAttribute("object", "AL-KADHIMI"))))
                .as("case and hyphen aside").containsExactly("wire");
        assertThat(titles(search("accepted", SearchFilter.none().withAttribute("object", "al-Kadhimi"))))
                .as("before the registry knows al-Kazimi is the same man").isEmpty();
        EntityView pm = classroom.asSupervisor(() -> entities.create(classroom.project(), EntityKind.PERSON,
                "Mustafa al-Kadhimi"));
        classroom.asSupervisor(() -> entities.declareAlias(pm.id(), "al-Kadhimi"));
        classroom.asSupervisor(() -> entities.declareAlias(pm.id(), "al-Kazimi"));
        assertThat(titles(search("accepted", SearchFilter.none().withAttribute("object", "al-Kadhimi"))))
                .as("every name the entity goes by").containsExactly("paper");
        assertThat(titles(search("accepted", SearchFilter.none().withAttribute("object", "al-Kadhimi")
                .withClaimType(opposition)))).as("value and claim type of the same coding").containsExactly("paper");
        assertThat(titles(search("accepted", SearchFilter.none().withAttribute("subject", "al-Kadhimi"))))
                .as("another attribute").isEmpty();

        classroom.submit(assignments, "pupil", wire);
        classroom.submit(assignments, "other-pupil", wire);
        classroom.submit(assignments, "pupil", paper);
        classroom.submit(assignments, "other-pupil", paper);
        assertThat(titles(search("Iran", SearchFilter.none().withState(ConsensusState.AGREED))))
                .as("both applied Support").containsExactly("wire");
        assertThat(titles(search("Tehran", SearchFilter.none().withState(ConsensusState.DISPUTED))))
                .as("Support against Opposition").containsExactly("paper");
        assertThat(titles(search("Tehran", SearchFilter.none().withGoldOnly(true)))).as("nothing settled yet")
                .isEmpty();

        classroom.asSupervisor(() -> adjudications.adjudicate(paper, accepting.id(), null, AdjudicationMethod.TAKEN,
                "other-pupil", List.of(), "He was accepted to block a rival: not support."));
        assertThat(titles(search("Tehran", SearchFilter.none().withGoldOnly(true).withClaimType(opposition))))
                .as("the gold coding taken from the other pupil").containsExactly("paper");
        assertThat(titles(search("Tehran", SearchFilter.none().withGoldOnly(true).withClaimType(support))))
                .as("the pupil's Support is not gold").isEmpty();
        assertThat(titles(search("Tehran", SearchFilter.none().withState(ConsensusState.ADJUDICATED))))
                .containsExactly("paper");
        assertThat(classroom.as("pupil", () -> sut.search(classroom.project(), "Tehran",
                SearchFilter.none().withGoldOnly(true).withClaimType(opposition))).passages())
                .as("a coder's search ignores the gold filter and keeps her own codings: she applied Support")
                .isZero();
    }

    @Test
    void anEntitysMentionsAreTheCodingsAndPassagesThatNameItInAnySpelling() {
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        classroom.enrolCoder(directory, "other-pupil");
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(wire, paper),
                List.of("pupil", "other-pupil"), null));
        long support = classroom.claimType(codebooks, "Support");
        PassageView backing = classroom.as("pupil", () -> documents.passages(wire)).get(1);
        PassageView accepting = classroom.as("pupil", () -> documents.passages(paper)).get(1);
        code("pupil", wire, backing, support, "backed", "al-Kadhimi");
        code("other-pupil", paper, accepting, support, "accepted or acquiesced", "al-Kazimi");
        EntityView pm = classroom.asSupervisor(() -> entities.create(classroom.project(), EntityKind.PERSON,
                "Mustafa al-Kadhimi"));
        classroom.asSupervisor(() -> entities.declareAlias(pm.id(), "al-Kazimi"));

        EntityMentions all = classroom.asSupervisor(() -> sut.mentionsOf(classroom.project(), pm.id()));
        assertThat(all.inCodings()).extracting(CodedMention::value, CodedMention::coder, CodedMention::title,
                CodedMention::position).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("al-Kazimi", "other-pupil", "paper", 1),
                        org.assertj.core.groups.Tuple.tuple("al-Kadhimi", "pupil", "wire", 1));
        assertThat(all.inCodings()).extracting(CodedMention::attribute, CodedMention::claimType)
                .as("the subject, Iran, is no mention").containsOnly(org.assertj.core.groups.Tuple.tuple("object",
                        "Support"));
        assertThat(titles(all.inText())).as("the text under both spellings").containsExactly("wire", "paper");

        EntityMentions hers = classroom.as("pupil", () -> sut.mentionsOf(classroom.project(), pm.id()));
        assertThat(hers.inCodings()).as("her own codings while coding is blind").extracting(CodedMention::coder)
                .containsExactly("pupil");
        ClassroomFixture other = ClassroomFixture.open(directory, projects);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.mentionsOf(classroom.project(), pm.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.mentionsOf(other.project(), pm.id())))
                .as("another project's entity").isInstanceOf(NotFoundException.class);
    }

    @Test
    void documentsAreKeptByTheLanguageTheirTextIsIn() {
        classroom.importText(importer, "arabic.txt", "تقرير من بغداد\n\nدعمت إيران مصطفى الكاظمي"
                + " لرئاسة الوزراء، بحسب مسؤولين عراقيين تحدثوا إلى الصحيفة شرط عدم الكشف عن هويتهم.\n");
        classroom.importText(importer, "longer.txt", "Longer report\n\nIran backed the intelligence chief for prime"
                + " minister, officials in Baghdad said on Wednesday, after weeks of talks between the parties.\n");

        assertThat(titles(search("إيران", SearchFilter.none().withLanguage("ar")))).containsExactly("arabic");
        assertThat(titles(search("Iran", SearchFilter.none().withLanguage("ar")))).isEmpty();
        assertThat(titles(search("Iran", SearchFilter.none().withLanguage("en")))).contains("longer");
        assertThat(classroom.as("pupil", () -> sut.languages(classroom.project()))).contains("ar", "en");
    }

    /** A stance coding of the passage's first ten characters: Iran, the relation, the object as the coder wrote it. */
    private void code(String coder, long document, PassageView passage, long claimType, String relation,
            String object) {
        classroom.as(coder, () -> codings.code(document, passage.id(), claimType, passage.start(),
                passage.start() + 10, java.util.Map.of("subject", "Iran", "relation", relation, "object", object),
                null));
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
        assertThat(search("ambassador", SearchFilter.none().withOutlet("Gulf Review")).notes())
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
