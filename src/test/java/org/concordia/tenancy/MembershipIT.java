package org.concordia.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.util.Set;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.MemberSummary;
import org.concordia.tenancy.model.MembershipSource;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.GroupMemberships;
import org.concordia.tenancy.service.MemberService;
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

/** Roles, removal, Keycloak groups and archiving, inside the server against the real database. */
@ExtendWith(ArquillianExtension.class)
class MembershipIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    MemberService members;

    @Inject
    TenantDirectory directory;

    @Inject
    GroupMemberships groups;

    @Inject
    ProjectService projects;

    private String classroom;

    @BeforeEach
    void openClassroom() {
        classroom = People.unique("class");
        ExecutionContext.runAs(UserIdentity.system(), null, () -> {
            directory.openTenant(classroom, "Classroom " + classroom, TenantKind.CLASSROOM, "teacher");
            directory.enrol(classroom, "pupil", TenantRole.CODER);
        });
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextRequest() {
        assertThatThrownBy(() -> as("pupil", classroom, () -> projects.createProject("Mine", null)))
                .isInstanceOf(AccessDeniedException.class);

        as("teacher", classroom, () -> members.changeRole("pupil", TenantRole.SUPERVISOR));

        assertThat(as("pupil", classroom, () -> projects.createProject("Mine", null)).createdBy())
                .isEqualTo("pupil");
    }

    @Test
    void aRemovedMemberLosesAccessAndATenantKeepsAnAdmin() {
        as("teacher", classroom, () -> {
            members.removeMember("pupil");
            return null;
        });
        assertThatThrownBy(() -> as("pupil", classroom, projects::listProjects))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> as("teacher", classroom, () -> {
            members.removeMember("teacher");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one admin");
        assertThatThrownBy(() -> as("teacher", classroom, () -> members.changeRole("teacher", TenantRole.CODER)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAdminsManageMembers() {
        assertThatThrownBy(() -> as("pupil", classroom, members::listMembers))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("pupil", classroom, () -> members.changeRole("pupil", TenantRole.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void keycloakGroupsGrantMembershipsThatFollowTheGroups() {
        String person = People.unique("inst");

        as(person, null, () -> {
            groups.applyGroups(person, Set.of("/tenants/" + classroom + "/supervisor", "/tenants/nowhere/coder"));
            return null;
        });
        assertThat(as(person, null, () -> directory.membershipsOf(person))).singleElement()
                .returns(classroom, MembershipSummary::tenantSlug)
                .returns(TenantRole.SUPERVISOR, MembershipSummary::role);
        assertThat(as("teacher", classroom, members::listMembers))
                .filteredOn(m -> m.username().equals(person)).singleElement()
                .returns(MembershipSource.GROUP, MemberSummary::source);

        as(person, null, () -> {
            groups.applyGroups(person, Set.of("/tenants/" + classroom + "/coder"));
            return null;
        });
        assertThat(as(person, null, () -> directory.membershipsOf(person))).singleElement()
                .returns(TenantRole.CODER, MembershipSummary::role);

        as(person, null, () -> {
            groups.applyGroups(person, Set.of());
            return null;
        });
        assertThat(as(person, null, () -> directory.membershipsOf(person)))
                .as("leaving the group ends the membership it granted").isEmpty();
    }

    @Test
    void groupsRaiseButNeverRemoveMembershipsMadeOtherwise() {
        as("pupil", null, () -> {
            groups.applyGroups("pupil", Set.of("/tenants/" + classroom + "/supervisor"));
            return null;
        });
        assertThat(as("pupil", null, () -> directory.membershipsOf("pupil")))
                .filteredOn(m -> m.tenantSlug().equals(classroom)).singleElement()
                .returns(TenantRole.SUPERVISOR, MembershipSummary::role);

        as("pupil", null, () -> {
            groups.applyGroups("pupil", Set.of());
            return null;
        });
        assertThat(as("pupil", null, () -> directory.membershipsOf("pupil")))
                .as("a membership an administrator made stays").extracting(MembershipSummary::tenantSlug)
                .contains(classroom);
    }

    @Test
    void anArchivedTenantIsReadOnlyUntilRestored() {
        as("teacher", classroom, () -> projects.createProject("Before the archive", null));
        ExecutionContext.runAs(UserIdentity.system(), null, () -> directory.archiveTenant(classroom));

        assertThat(as("pupil", classroom, projects::listProjects)).as("still readable").hasSize(1);
        assertThatThrownBy(() -> as("teacher", classroom, () -> projects.createProject("After", null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("archived");
        assertThatThrownBy(() -> as("teacher", classroom, () -> members.changeRole("pupil", TenantRole.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);

        ExecutionContext.runAs(UserIdentity.system(), null, () -> directory.restoreTenant(classroom));
        assertThat(as("teacher", classroom, () -> projects.createProject("After", null)).name()).isEqualTo("After");
    }

    @Test
    void onlyPlatformAdminsOpenOrArchiveTenants() {
        assertThatThrownBy(() -> as("teacher", classroom,
                () -> directory.openTenant(People.unique("x"), "X", TenantKind.CLASSROOM, "teacher")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("teacher", classroom, () -> directory.archiveTenant(classroom)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
