package org.concordia.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import org.concordia.claims.model.EntityKind;
import org.concordia.claims.model.EntityView;
import org.concordia.claims.service.EntityService;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.search.model.DocumentHits;
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
