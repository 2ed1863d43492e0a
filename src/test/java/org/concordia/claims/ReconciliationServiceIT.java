package org.concordia.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.concordia.claims.model.ConflictKind;
import org.concordia.claims.model.Conflict;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.UnsettledReason;
import org.concordia.claims.model.VerdictKind;
import org.concordia.claims.model.Polarity;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.service.EntityService;
import org.concordia.claims.service.RelationService;
import org.concordia.claims.service.ReconciliationService;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.PassageView;
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
 * A reconciliation's lifecycle: two sources disagree on how strongly Iran supported the nominee (spelled two ways,
 * merged into one entity); a verdict settles it; a third source arrives and the verdict reopens; a new verdict
 * settles it again, and both verdicts stay in the history.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    ReconciliationService sut;

    @Inject
    EntityService entities;

    @Inject
    RelationService relations;

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

    AdjudicationService adjudications;

    @Inject
    ProjectService projects;

    private ClassroomFixture classroom;

    @BeforeEach
    void twoSourcesDisagreeOnHowStronglyIranSupportedTheNominee() {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        claim("wire.txt", "Iran backed al-Kadhimi in April 2020.", "Support", "backed", "al-Kadhimi");
        claim("paper.txt", "Iran merely accepted al-Kazimi to block a rival.", "Support", "accepted or acquiesced",
                "al-Kazimi");
        classroom.asSupervisor(() -> {
            entities.collectFromCodings(classroom.project());
            long kadhimi = id("al-Kadhimi");
            return entities.merge(kadhimi, id("al-Kazimi"));
        });
    }

    @Test
    void aVerdictSettlesAPropositionReopensOnNewEvidenceAndKeepsItsHistory() {
        LedgerEntry contested = onlyContested();
        assertThat(contested.proposition().title()).isEqualTo("stance towards al-Kadhimi, 2020");
        assertThat(contested.proposition().conflicts()).extracting(Conflict::kind)
                .containsExactly(ConflictKind.STRENGTH);
        assertThat(contested.proposition().claims()).extracting(StructuredClaim::object)
                .as("both spellings resolve to the merged entity").containsOnly("al-Kadhimi");
        long paperClaim = contested.proposition().claims().stream().filter(c -> c.source().equals("paper"))
                .findFirst().orElseThrow().codingId();

        String key = contested.proposition().key();
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.decide(classroom.project(), key,
                VerdictKind.RESOLVED, null, "The paper interviewed insiders.", "medium")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("which account");
        classroom.asSupervisor(() -> sut.decide(classroom.project(), key, VerdictKind.RESOLVED, paperClaim,
                "The paper interviewed insiders; the wire repeats a party statement.", "medium"));
        LedgerEntry settled = classroom.asSupervisor(() -> sut.entry(classroom.project(), key));
        assertThat(settled.reopened()).isFalse();
        assertThat(settled.status()).isEqualTo(VerdictKind.RESOLVED.label());
        assertThat(settled.latest().favouredClaim()).isEqualTo(paperClaim);

        claim("statement.txt", "Iran opposed al-Kadhimi from the start.", "Opposition", "opposed", "al-Kadhimi");
        LedgerEntry reopened = classroom.asSupervisor(() -> sut.entry(classroom.project(), key));
        assertThat(reopened.reopened()).isTrue();
        assertThat(reopened.status()).startsWith("reopened");
        assertThat(reopened.proposition().conflicts()).extracting(Conflict::kind).contains(ConflictKind.POLARITY);

        classroom.asSupervisor(() -> sut.decide(classroom.project(), key, VerdictKind.UNRESOLVED, null,
                "Three accounts, none decisive.", "low"));
        LedgerEntry again = classroom.asSupervisor(() -> sut.entry(classroom.project(), key));
        assertThat(again.reopened()).isFalse();
        assertThat(again.verdicts()).extracting(v -> v.kind()).containsExactly(VerdictKind.UNRESOLVED,
                VerdictKind.RESOLVED);
        assertThat(again.verdicts().get(1).decidedBy()).isEqualTo(classroom.supervisor());
    }

    @Test
    void onlySupervisorsOfTheTenantReadTheLedgerOrDecide() {
        String key = onlyContested().proposition().key();
        assertThatThrownBy(() -> classroom.as("pupil", () -> sut.ledger(classroom.project())))
                .isInstanceOf(AccessDeniedException.class);
        ClassroomFixture other = ClassroomFixture.open(directory, projects);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.decide(classroom.project(), key,
                VerdictKind.UNRESOLVED, null, "Mine now.", "low"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.decide(classroom.project(), key,
                VerdictKind.UNRESOLVED, null, " ", "low"))).isInstanceOf(InvalidInputException.class);
        assertThat(classroom.asSupervisor(() -> sut.entry(classroom.project(), key)).verdicts()).isEmpty();
    }

    @Test
    void theVocabularyDecidesWhatConflicts() {
        assertThat(onlyContested().proposition().conflicts()).extracting(Conflict::kind)
                .containsExactly(ConflictKind.STRENGTH);
        classroom.asSupervisor(() -> relations.save(classroom.project(), new RelationView(0, "Accepted or acquiesced",
                "stance", Polarity.FOR, 3, "In this project: as good as backing.", false)));
        assertThat(classroom.asSupervisor(() -> sut.ledger(classroom.project())))
                .noneMatch(e -> e.proposition().contested());
        assertThat(classroom.as("pupil", () -> relations.vocabulary(classroom.project())))
                .filteredOn(r -> r.name().equals("accepted or acquiesced")).singleElement()
                .satisfies(r -> assertThat(r.strength()).isEqualTo(3));
        assertThatThrownBy(() -> classroom.asSupervisor(() -> relations.save(classroom.project(),
                new RelationView(0, "backed", "stance", Polarity.FOR, 7, null, false))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSourceWhoseCodersDifferIsUnsettledNotAConflictUntilItIsSettled() {
        classroom.enrolCoder(directory, "other-pupil");
        long news = classroom.importText(importer, "news.txt", "Iran turned against al-Kadhimi, officials said.");
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(news),
                List.of("pupil", "other-pupil"), null));
        codeWhole("pupil", news, "Opposition", "opposed", "al-Kadhimi");
        codeWhole("other-pupil", news, "Support", "backed", "al-Kadhimi");

        LedgerEntry coding = onlyContested();
        assertThat(coding.proposition().conflicts()).extracting(Conflict::kind)
                .as("the news item's coders are no source against the others").containsExactly(ConflictKind.STRENGTH);
        assertThat(coding.proposition().unsettled()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(UnsettledReason.STILL_CODING));
        assertThat(coding.proposition().perCoder()).extracting(StructuredClaim::coder)
                .containsExactlyInAnyOrder("pupil", "other-pupil");

        classroom.submit(assignments, "pupil", news);
        classroom.submit(assignments, "other-pupil", news);
        LedgerEntry differ = onlyContested();
        assertThat(differ.proposition().unsettled()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(UnsettledReason.CODERS_DIFFER));
        assertThat(differ.proposition().conflicts()).extracting(Conflict::kind).doesNotContain(ConflictKind.POLARITY);
        assertThat(differ.status()).isEqualTo("contested, no verdict yet");

        long passage = classroom.asSupervisor(() -> documents.passages(news)).get(0).id();
        classroom.asSupervisor(() -> adjudications.adjudicate(news, passage, null, AdjudicationMethod.TAKEN, "pupil",
                List.of(), "Turned against is opposition."));
        LedgerEntry settled = onlyContested();
        assertThat(settled.proposition().unsettled()).isEmpty();
        assertThat(settled.proposition().claims()).filteredOn(c -> c.source().equals("news")).singleElement()
                .satisfies(c -> {
                    assertThat(c.gold()).isTrue();
                    assertThat(c.relation()).isEqualTo("opposed");
                });
        assertThat(settled.proposition().conflicts()).extracting(Conflict::kind).contains(ConflictKind.POLARITY);
    }

    private LedgerEntry onlyContested() {
        return classroom.asSupervisor(() -> sut.ledger(classroom.project())).stream()
                .filter(e -> e.proposition().contested()).findFirst().orElseThrow();
    }

    /** Imports the text and codes it whole as {@code type}: Iran {@code relation} {@code object}, in 2020. */
    private void claim(String file, String text, String type, String relation, String object) {
        long document = classroom.importText(importer, file, text);
        PassageView passage = classroom.asSupervisor(() -> documents.passages(document)).get(0);
        long typeId = classroom.asSupervisor(() -> codebooks.view(classroom.project())).claimTypes().stream()
                .filter(t -> t.name().equals(type)).findFirst().orElseThrow().id();
        CodingView coding = classroom.asSupervisor(() -> codings.code(document, passage.id(), typeId,
                passage.start(), passage.end()));
        classroom.asSupervisor(() -> codings.describe(coding.id(), Map.of("subject", "Iran", "relation", relation,
                "object", object, "time", "2020"), null));
    }

    /** {@code coder} codes the whole first passage of {@code document}: Iran {@code relation} {@code object}. */
    private void codeWhole(String coder, long document, String type, String relation, String object) {
        PassageView passage = classroom.as(coder, () -> documents.passages(document)).get(0);
        long typeId = classroom.claimType(codebooks, type);
        CodingView coding = classroom.as(coder, () -> codings.code(document, passage.id(), typeId, passage.start(),
                passage.end()));
        classroom.as(coder, () -> codings.describe(coding.id(), Map.of("subject", "Iran", "relation", relation,
                "object", object, "time", "2020"), null));
    }

    private long id(String name) {
        return entities.entities(classroom.project()).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
