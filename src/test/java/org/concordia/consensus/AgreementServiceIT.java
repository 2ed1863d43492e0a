package org.concordia.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.service.AgreementService;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.AccessDeniedException;
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

/** Agreement computed from a project's real assignments and codings, scoped to its tenant and its supervisors. */
@ExtendWith(ArquillianExtension.class)
class AgreementServiceIT {

    private static final String MEASURE = "krippendorff-alpha-nominal";
    private static final String TEXT = "Iran agreed to support Mustafa al-Kadhimi despite opposition.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    AgreementService sut;

    @Inject
    CodingService codings;

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

    @BeforeEach
    void twoCodersCodeOneDocument() {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.enrolCoder(directory, "other-pupil");
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        long document = classroom.importText(importer, "report.txt", "A report\n\n" + TEXT);
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(document),
                List.of("pupil", "other-pupil"), LocalDate.now().plusDays(7)));
        PassageView passage = classroom.as("pupil", () -> documents.passages(document)).get(1);
        List<ClaimTypeView> types = classroom.as("pupil", () -> codebooks.view(classroom.project())).claimTypes();
        long support = idOf(types, "Support");
        long event = idOf(types, "Factual event");
        int end = passage.start() + "Iran agreed to support".length();
        classroom.as("pupil", () -> codings.code(document, passage.id(), support, passage.start(), end));
        classroom.as("pupil", () -> codings.code(document, passage.id(), event, passage.start(), end));
        classroom.as("other-pupil", () -> codings.code(document, passage.id(), support, passage.start(), end));
    }

    @Test
    void spansHaveTheirOwnAgreementClaimTypeByClaimType() {
        AgreementReport report = supervise("krippendorff-alpha-nominal");

        assertThat(row(report.unitizingByClaimType(), "Support").result().value()).as("the very same span")
                .isCloseTo(1.0, within(1e-9));
        assertThat(row(report.unitizingByClaimType(), "Factual event").result().value())
                .as("marked by one coder only").isLessThan(0.5);
        assertThat(report.unitizing().value()).isBetween(0.0, 1.0);
        assertThat(report.unitizing().interval()).isNotNull();
    }

    @Test
    void alphaComesFromPassagesTimesClaimTypesOfTheAssignedCoders() {
        AgreementReport report = supervise("krippendorff-alpha-nominal");

        // 2 passages x 8 claim types; they differ only on "Factual event" in the second passage. Coincidences:
        // n = 32 values, 3 "applied", 29 "not applied", one disagreeing pair counted both ways:
        // alpha = 1 - (32 - 1) * 2 / (2 * 3 * 29) = 56/87.
        assertThat(report.overall().value()).isCloseTo(56.0 / 87, within(1e-9));
        assertThat(report.overall().pairableUnits()).isEqualTo(16);
        assertThat(report.overall().interval()).isNotNull();
        assertThat(report.coders()).containsExactly("other-pupil", "pupil");
        assertThat(row(report.byClaimType(), "Support").result().value()).isEqualTo(1.0);
        assertThat(row(report.byClaimType(), "Factual event").result().value()).isCloseTo(0.0, within(1e-9));
        assertThat(row(report.byClaimType(), "Prediction").result().explanation()).contains("same value");
        assertThat(report.coderPairs().get(0).withCoders().get(1).value()).isCloseTo(56.0 / 87, within(1e-9));
        assertThat(report.byDocument()).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("report"));
    }

    @Test
    void thePageGetsUpToDateFiguresAtOnceAndTheirIntervalsFromTheBackground() throws Exception {
        AgreementReport first = atOnce();

        assertThat(first.complete()).as("first look at these data: intervals still to come").isFalse();
        assertThat(first.intervalsPending().done()).isLessThanOrEqualTo(first.intervalsPending().total());
        assertThat(first.overall().value()).isCloseTo(56.0 / 87, within(1e-9));
        assertThat(first.overall().interval()).isNull();
        AgreementReport complete = lookUntilComplete();
        assertThat(complete.overall().value()).isEqualTo(first.overall().value());
        assertThat(complete.overall().interval()).isNotNull();
        assertThat(complete.unitizing().interval()).as("spans too").isNotNull();
        assertThat(complete).as("what the blocking report (exports, API) gives").isEqualTo(supervise(MEASURE));

        long document = complete.byDocument().get(0).id();
        PassageView passage = classroom.as("other-pupil", () -> documents.passages(document)).get(1);
        long event = idOf(classroom.as("pupil", () -> codebooks.view(classroom.project())).claimTypes(),
                "Factual event");
        classroom.as("other-pupil", () -> codings.code(document, passage.id(), event, passage.start(),
                passage.start() + "Iran agreed to support".length()));

        AgreementReport afterChange = atOnce();
        assertThat(afterChange.overall().value()).as("the new coding counts at once: now they agree everywhere")
                .isCloseTo(1.0, within(1e-9));
        assertThat(lookUntilComplete().overall().interval()).isNotNull();
    }

    private AgreementReport atOnce() {
        return classroom.asSupervisor(() -> sut.reportAtOnce(classroom.project(), MEASURE));
    }

    /** Looks again and again, as the page's poll does, until the intervals are there (at most a minute). */
    private AgreementReport lookUntilComplete() throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        AgreementReport report = atOnce();
        while (!report.complete() && System.nanoTime() < until) {
            Thread.sleep(100);
            report = atOnce();
        }
        assertThat(report.complete()).as("intervals computed in the background within a minute").isTrue();
        return report;
    }

    @Test
    void cohensKappaForMoreThanTwoCodersPointsToThePairMatrix() {
        classroom.enrolCoder(directory, "third-pupil");
        long document = supervise("percent-agreement").byDocument().get(0).id();
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(document),
                List.of("third-pupil"), null));

        AgreementReport report = supervise("cohen-kappa");

        assertThat(report.overall().defined()).isFalse();
        assertThat(report.overall().explanation()).contains("coder-pair matrix");
        assertThat(report.coderPairs()).hasSize(3);
    }

    @Test
    void onlyTheProjectsSupervisorsInItsTenantSeeAgreement() {
        assertThatThrownBy(() -> classroom.as("pupil", () -> sut.report(classroom.project(),
                "krippendorff-alpha-nominal")))
                .isInstanceOf(AccessDeniedException.class);
        ClassroomFixture other = ClassroomFixture.open(directory, projects);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.report(classroom.project(),
                "krippendorff-alpha-nominal")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> supervise("no-such-measure")).isInstanceOf(NotFoundException.class);
    }

    private AgreementReport supervise(String measure) {
        return classroom.asSupervisor(() -> sut.report(classroom.project(), measure));
    }

    private static AgreementReport.Row row(List<AgreementReport.Row> rows, String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static long idOf(List<ClaimTypeView> types, String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }
}
