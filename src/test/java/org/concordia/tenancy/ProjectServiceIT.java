package org.concordia.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.util.List;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
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

/** Projects through the service layer, inside the server, against the real database. */
@ExtendWith(ArquillianExtension.class)
class ProjectServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService sut;

    private String classroom;
    private String team;

    @BeforeEach
    void openTwoTenants() {
        classroom = People.unique("class");
        team = People.unique("team");
        ExecutionContext.runAs(UserIdentity.system(), null, () -> {
            directory.openTenant(classroom, "Classroom " + classroom, TenantKind.CLASSROOM, "teacher");
            directory.enrol(classroom, "student", TenantRole.CODER);
            directory.enrol(classroom, "both", TenantRole.CODER);
            directory.openTenant(team, "Team " + team, TenantKind.RESEARCH_TEAM, null);
            directory.enrol(team, "lead", TenantRole.SUPERVISOR);
            directory.enrol(team, "both", TenantRole.SUPERVISOR);
        });
    }

    @Test
    void aProjectOfOneTenantIsNeverReturnedToAnother() {
        ProjectSummary secret = as("teacher", classroom, () -> sut.createProject("Elections 2020", "classroom only"));

        List<ProjectSummary> seenByTeam = as("lead", team, sut::listProjects);
        assertThat(seenByTeam).as("the team lists none of the classroom's projects").isEmpty();
        assertThat(as("lead", team, () -> sut.findProject(secret.id())))
                .as("the team cannot find the classroom's project by its id").isEmpty();
        assertThatThrownBy(() -> as("lead", team, () -> sut.renameProject(secret.id(), "Taken over", null)))
                .as("the team cannot rename it either, and learns nothing about it")
                .isInstanceOf(NotFoundException.class);

        assertThat(as("student", classroom, sut::listProjects)).extracting(ProjectSummary::name)
                .as("the classroom's own members still see it unchanged").containsExactly("Elections 2020");
    }

    @Test
    void aCoderCannotCreateOrRenameProjectsAndNothingIsStored() {
        ProjectSummary existing = as("teacher", classroom, () -> sut.createProject("Coding practice", null));

        assertThatThrownBy(() -> as("student", classroom, () -> sut.createProject("My own project", null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only a supervisor").hasMessageContaining("you are a coder");
        assertThatThrownBy(() -> as("student", classroom, () -> sut.renameProject(existing.id(), "Renamed", null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as("teacher", classroom, sut::listProjects)).extracting(ProjectSummary::name)
                .containsExactly("Coding practice");
    }

    @Test
    void someoneWhoIsNotAMemberCannotSeeTheTenantsProjects() {
        as("teacher", classroom, () -> sut.createProject("Elections 2020", null));

        assertThatThrownBy(() -> as("stranger", classroom, sut::listProjects))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not a member");
    }

    @Test
    void thePersonsRoleDependsOnTheTenant() {
        assertThat(as("both", team, () -> sut.createProject("Proxy networks", null)).createdBy())
                .as("a supervisor in the team creates projects there, recorded as theirs").isEqualTo("both");
        assertThatThrownBy(() -> as("both", classroom, () -> sut.createProject("Proxy networks", null)))
                .as("but is only a coder in the classroom").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void projectNamesAreUniqueWithinATenantButNotAcrossTenants() {
        as("teacher", classroom, () -> sut.createProject("Elections 2020", null));

        assertThatThrownBy(() -> as("teacher", classroom, () -> sut.createProject("  elections 2020 ", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThat(as("lead", team, () -> sut.createProject("Elections 2020", null)).name())
                .as("another tenant may use the same name").isEqualTo("Elections 2020");
    }

    @Test
    void aSupervisorRenamesAProjectAndMayNotTakeAnotherProjectsName() {
        ProjectSummary first = as("teacher", classroom, () -> sut.createProject("First", "one"));
        as("teacher", classroom, () -> sut.createProject("Second", "two"));

        ProjectSummary renamed = as("teacher", classroom, () -> sut.renameProject(first.id(), "Primary", "new"));
        assertThat(renamed.name()).isEqualTo("Primary");
        assertThat(renamed.description()).isEqualTo("new");

        assertThatThrownBy(() -> as("teacher", classroom, () -> sut.renameProject(first.id(), "Second", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as("teacher", classroom, sut::listProjects)).extracting(ProjectSummary::name)
                .as("the failed rename left both projects as they were").containsExactly("Primary", "Second");
    }

    @Test
    void anEmptyNameIsRejectedWithAMessage() {
        assertThatThrownBy(() -> as("teacher", classroom, () -> sut.createProject("   ", null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("A project needs a name.");
    }
}
