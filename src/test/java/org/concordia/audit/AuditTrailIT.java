package org.concordia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.concordia.audit.model.AuditAction;
import org.concordia.audit.model.AuditEntry;
import org.concordia.audit.model.FieldChange;
import org.concordia.audit.service.AuditTrail;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Envers audit trail, inside the server against the real database. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    AuditTrail sut;

    @Inject
    ProjectService projects;

    @Inject
    TenantDirectory directory;

    private String classroom;
    private String team;

    @BeforeEach
    void openTenants() {
        classroom = People.unique("class");
        team = People.unique("team");
        ExecutionContext.runAs(UserIdentity.system(), null, () -> {
            directory.openTenant(classroom, "Classroom " + classroom, TenantKind.CLASSROOM, "teacher");
            directory.enrol(classroom, "assistant", TenantRole.SUPERVISOR);
            directory.openTenant(team, "Team " + team, TenantKind.RESEARCH_TEAM, "lead");
        });
    }

    @Test
    void anObjectEditedTwiceShowsWhoChangedWhatFromWhichValueToWhich() {
        ProjectSummary project = as("assistant", classroom, () -> projects.createProject("Elections", "draft"));
        as("teacher", classroom, () -> projects.renameProject(project.id(), "Elections 2020", "draft"));
        as("assistant", classroom, () -> projects.renameProject(project.id(), "Elections 2020", "final"));

        List<AuditEntry> history = as("teacher", classroom, () -> sut.historyOf("project", project.id()));

        assertThat(history).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CHANGED, AuditAction.CHANGED, AuditAction.CREATED);
        assertThat(history).extracting(AuditEntry::who).containsExactly("assistant", "teacher", "assistant");
        assertThat(history.get(0).changes()).containsExactly(new FieldChange("description", "draft", "final"));
        assertThat(history.get(1).changes()).containsExactly(new FieldChange("name", "Elections", "Elections 2020"));
        assertThat(history.get(2).changes()).contains(new FieldChange("name", "", "Elections"),
                new FieldChange("createdBy", "", "assistant"));
    }

    @Test
    void oneTenantsAdminSeesNothingOfAnotherTenantsHistory() {
        ProjectSummary project = as("assistant", classroom, () -> projects.createProject("Elections", null));

        assertThatThrownBy(() -> as("lead", team, () -> sut.historyOf("project", project.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("lead", team, () -> sut.recentChanges(null)))
                .noneMatch(e -> e.label().equals("Elections") || e.label().equals("assistant"));
    }

    @Test
    void changesCanBeListedPerPersonAndOnlyByAdmins() {
        as("assistant", classroom, () -> projects.createProject("By the assistant", null));
        as("teacher", classroom, () -> projects.createProject("By the teacher", null));

        List<AuditEntry> byAssistant = as("teacher", classroom, () -> sut.recentChanges("assistant"));

        assertThat(byAssistant).isNotEmpty().allMatch(e -> e.who().equals("assistant"));
        assertThat(byAssistant).extracting(AuditEntry::label).contains("By the assistant")
                .doesNotContain("By the teacher");
        assertThatThrownBy(() -> as("assistant", classroom, () -> sut.recentChanges(null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCsvExportHasOneRowPerChangedFieldAndParsesBack() throws Exception {
        ProjectSummary project = as("assistant", classroom, () -> projects.createProject("Elections", "a, \"quoted\""));
        as("teacher", classroom, () -> projects.renameProject(project.id(), "Elections 2020", "a, \"quoted\""));
        StringWriter out = new StringWriter();

        as("teacher", classroom, () -> {
            sut.writeCsv(sut.historyOf("project", project.id()), out);
            return null;
        });

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).filteredOn(r -> r.get("action").equals("changed")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("field")).isEqualTo("name");
                    assertThat(r.get("before")).isEqualTo("Elections");
                    assertThat(r.get("after")).isEqualTo("Elections 2020");
                    assertThat(r.get("changed_by")).isEqualTo("teacher");
                });
        assertThat(rows).filteredOn(r -> r.get("field").equals("description")).singleElement()
                .satisfies(r -> assertThat(r.get("after")).isEqualTo("a, \"quoted\""));
    }
}
