package org.concordia.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.concordia.audit.model.AuditEntry;
import org.concordia.audit.model.FieldChange;
import org.concordia.audit.service.AuditTrail;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.ClassroomFixture;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Coding inside the server: spans, attributes, roles, codebook versions, the audit trail. */
@ExtendWith(ArquillianExtension.class)
class CodingServiceIT {

    private static final String TEXT = "Iran agreed to support Mustafa al-Kadhimi despite opposition.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    CodingService sut;

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

    @Inject
    AuditTrail audit;

    private ClassroomFixture classroom;
    private long document;
    private PassageView passage;
    private ClaimTypeView support;

    @BeforeEach
    void codableDocument() {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.enrolCoder(directory, "other-pupil");
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        document = classroom.importText(importer, "report.txt", "A report\n\n" + TEXT);
        passage = as("pupil", classroom.tenant(), () -> documents.passages(document)).get(1);
        support = as("pupil", classroom.tenant(), () -> codebooks.view(classroom.project())).claimTypes().stream()
                .filter(t -> t.name().equals("Support")).findFirst().orElseThrow();
    }

    @Test
    void aCoderCodesASpanWithAttributesUnderTheCurrentCodebookVersion() {
        int from = passage.start() + TEXT.indexOf("support");
        CodingView coding = as("pupil", classroom.tenant(),
                () -> sut.code(document, passage.id(), support.id(), from, from + "support Mustafa al-Kadhimi".length()));

        CodingView described = as("pupil", classroom.tenant(), () -> sut.describe(coding.id(),
                Map.of("subject", "Iran", "relation", "backed", "object", "Mustafa al-Kadhimi", "certainty", "certain"),
                "Despite Kata'ib Hezbollah."));

        assertThat(described.attributes()).containsEntry("relation", "backed").containsEntry("subject", "Iran");
        assertThat(described.memo()).isEqualTo("Despite Kata'ib Hezbollah.");
        assertThat(described.codebookVersion()).isEqualTo(1);
        assertThat(as("pupil", classroom.tenant(), () -> codebooks.view(classroom.project())).inUse()).isTrue();
        assertThat(as("pupil", classroom.tenant(), () -> sut.codingsOf(document))).singleElement()
                .returns(coding.id(), CodingView::id);
    }

    @Test
    void spansOutsideThePassageGroupingsAndWrongValuesAreRefused() {
        assertThatThrownBy(() -> as("pupil", classroom.tenant(),
                () -> sut.code(document, passage.id(), support.id(), passage.start(), passage.end() + 5)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inside one passage");
        ClaimTypeView grouping = as("pupil", classroom.tenant(), () -> codebooks.view(classroom.project()))
                .claimTypes().stream().filter(t -> !t.draft().codable()).findFirst().orElseThrow();
        assertThatThrownBy(() -> as("pupil", classroom.tenant(),
                () -> sut.code(document, passage.id(), grouping.id(), passage.start(), passage.start() + 4)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("groups other claim types");
        CodingView coding = as("pupil", classroom.tenant(),
                () -> sut.code(document, passage.id(), support.id(), passage.start(), passage.start() + 4));
        assertThatThrownBy(() -> as("pupil", classroom.tenant(),
                () -> sut.describe(coding.id(), Map.of("relation", "adored"), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("backed");
        assertThatThrownBy(() -> as("pupil", classroom.tenant(),
                () -> sut.describe(coding.id(), Map.of("time", "last spring"), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2020-05-07");
    }

    @Test
    void codersSeeAndChangeOnlyTheirOwnCodingsAndOtherTenantsNothing() {
        CodingView mine = as("pupil", classroom.tenant(),
                () -> sut.code(document, passage.id(), support.id(), passage.start(), passage.start() + 4));

        assertThat(as("other-pupil", classroom.tenant(), () -> sut.codingsOf(document))).isEmpty();
        assertThatThrownBy(() -> as("other-pupil", classroom.tenant(), () -> {
            sut.delete(mine.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(as(classroom.supervisor(), classroom.tenant(), () -> sut.codingsOf(document))).hasSize(1);

        String team = People.unique("team");
        ExecutionContext.runAs(UserIdentity.system(), null,
                () -> directory.openTenant(team, "Team " + team, TenantKind.RESEARCH_TEAM, "lead"));
        assertThatThrownBy(() -> as("lead", team, () -> sut.codingsOf(document))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCodingEditedTwiceHasItsHistoryInTheAuditTrail() {
        CodingView coding = as("pupil", classroom.tenant(),
                () -> sut.code(document, passage.id(), support.id(), passage.start(), passage.start() + 4));
        as("pupil", classroom.tenant(), () -> sut.describe(coding.id(), Map.of("relation", "backed"), null));
        as("pupil", classroom.tenant(), () -> sut.describe(coding.id(), Map.of("relation", "accepted or acquiesced"),
                "Reread the source."));

        List<AuditEntry> history = as(classroom.supervisor(), classroom.tenant(),
                () -> audit.historyOf("coding", coding.id()));

        assertThat(history).hasSize(3).allMatch(e -> e.who().equals("pupil"));
        assertThat(history.get(0).changes()).contains(
                new FieldChange("attributeValues", "relation=backed", "relation=accepted+or+acquiesced"),
                new FieldChange("memo", "", "Reread the source."));
        assertThat(history.get(2).changes()).as("the id of the claim type applied comes with its name")
                .filteredOn(c -> c.field().equals("claimTypeId")).singleElement()
                .returns(String.valueOf(support.id()), FieldChange::after)
                .returns(support.name(), FieldChange::afterName);
    }

    @Test
    void aCodebookChangedAfterCodingStartedGivesNewCodingsTheNewVersion() {
        as("pupil", classroom.tenant(),
                () -> sut.code(document, passage.id(), support.id(), passage.start(), passage.start() + 4));
        as(classroom.supervisor(), classroom.tenant(), () -> codebooks.updateClaimType(support.id(),
                new org.concordia.codebook.model.ClaimTypeDraft(support.parentId(), "Support",
                        "Sharper definition.", null, null, null, "#d62728", "s", true, support.draft().attributes())));

        CodingView later = as("pupil", classroom.tenant(),
                () -> sut.code(document, passage.id(), support.id(), passage.start() + 5, passage.start() + 11));

        assertThat(later.codebookVersion()).isEqualTo(2);
    }
}
