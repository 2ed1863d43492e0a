package org.concordia.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.time.Duration;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.InvitationPreview;
import org.concordia.tenancy.model.InvitationState;
import org.concordia.tenancy.model.InvitationSummary;
import org.concordia.tenancy.model.MembershipSource;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.InvitationService;
import org.concordia.tenancy.service.MemberService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.DatabaseFixtures;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Joining tenants with invitation codes, inside the server against the real database. */
@ExtendWith(ArquillianExtension.class)
class InvitationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    InvitationService sut;

    @Inject
    TenantDirectory directory;

    @Inject
    MemberService members;

    @Inject
    DatabaseFixtures fixtures;

    private String classroom;
    private String team;
    private String teacher;
    private String assistant;
    private String pupil;
    private String lead;

    @BeforeEach
    void openTwoTenants() {
        classroom = People.unique("class");
        team = People.unique("team");
        teacher = People.unique("teacher");
        assistant = People.unique("assistant");
        pupil = People.unique("pupil");
        lead = People.unique("lead");
        ExecutionContext.runAs(UserIdentity.system(), null, () -> {
            directory.openTenant(classroom, "Classroom " + classroom, TenantKind.CLASSROOM, teacher);
            directory.enrol(classroom, assistant, TenantRole.SUPERVISOR);
            directory.enrol(classroom, pupil, TenantRole.CODER);
            directory.openTenant(team, "Team " + team, TenantKind.RESEARCH_TEAM, lead);
        });
    }

    @Test
    void aStudentJoinsWithACodeAndArrivesAsCoder() {
        InvitationSummary invitation = as(assistant, classroom,
                () -> sut.createInvitation(TenantRole.CODER, Duration.ofDays(14), 30));
        String student = People.unique("student");

        InvitationPreview preview = as(student, null, () -> sut.preview(invitation.code().toLowerCase()));
        assertThat(preview.tenantName()).isEqualTo("Classroom " + classroom);
        assertThat(preview.usable()).isTrue();

        String joined = as(student, null, () -> sut.join(invitation.code()));

        assertThat(joined).isEqualTo(classroom);
        assertThat(as(student, null, () -> directory.membershipsOf(student))).singleElement()
                .returns(classroom, MembershipSummary::tenantSlug)
                .returns(TenantRole.CODER, MembershipSummary::role);
        assertThat(as(teacher, classroom, members::listMembers))
                .anySatisfy(m -> {
                    assertThat(m.username()).isEqualTo(student);
                    assertThat(m.source()).isEqualTo(MembershipSource.INVITATION);
                });
        assertThat(as(assistant, classroom, sut::listInvitations)).singleElement()
                .returns(1, InvitationSummary::uses);
    }

    @Test
    void anExpiredInvitationIsRefusedAndNothingIsStored() {
        InvitationSummary invitation = as(assistant, classroom,
                () -> sut.createInvitation(TenantRole.CODER, Duration.ofDays(1), 30));
        fixtures.expireInvitation(invitation.code());
        String student = People.unique("student");

        assertThat(as(student, null, () -> sut.preview(invitation.code())).problem().english()).contains("expired");
        assertThatThrownBy(() -> as(student, null, () -> sut.join(invitation.code())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expired");
        assertThat(as(student, null, () -> directory.membershipsOf(student))).isEmpty();
    }

    @Test
    void anExhaustedInvitationIsRefused() {
        InvitationSummary invitation = as(assistant, classroom,
                () -> sut.createInvitation(TenantRole.CODER, Duration.ofDays(1), 1));
        String first = People.unique("first");
        String second = People.unique("second");

        as(first, null, () -> sut.join(invitation.code()));

        assertThatThrownBy(() -> as(second, null, () -> sut.join(invitation.code())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("used 1 times");
        assertThat(as(second, null, () -> directory.membershipsOf(second))).isEmpty();
        assertThat(as(assistant, classroom, sut::listInvitations)).singleElement()
                .returns(InvitationState.USED_UP, InvitationSummary::state);
    }

    @Test
    void anInvitationBelongsToItsTenantWhereverItIsUsedOrManaged() {
        InvitationSummary invitation = as(assistant, classroom,
                () -> sut.createInvitation(TenantRole.CODER, Duration.ofDays(1), 5));

        assertThat(as(lead, team, sut::listInvitations))
                .as("another tenant's admin does not see it").isEmpty();
        assertThatThrownBy(() -> as(lead, team, () -> sut.withdrawInvitation(invitation.id())))
                .as("nor can withdraw it").isInstanceOf(NotFoundException.class);

        assertThat(as(lead, team, () -> sut.join(invitation.code())))
                .as("used while working in another tenant, it still joins its own").isEqualTo(classroom);
        assertThat(as(lead, null, () -> directory.membershipsOf(lead)))
                .extracting(MembershipSummary::tenantSlug).containsExactlyInAnyOrder(classroom, team);
    }

    @Test
    void aMemberWhoJoinsAgainKeepsTheirRoleAndUsesNothing() {
        InvitationSummary invitation = as(assistant, classroom,
                () -> sut.createInvitation(TenantRole.CODER, Duration.ofDays(1), 5));

        as(assistant, null, () -> sut.join(invitation.code()));

        assertThat(as(assistant, classroom, sut::listInvitations)).singleElement()
                .returns(0, InvitationSummary::uses);
        assertThat(as(assistant, null, () -> directory.membershipsOf(assistant))).singleElement()
                .returns(TenantRole.SUPERVISOR, MembershipSummary::role);
    }

    @Test
    void onlyAdminsInviteAdminsAndCodersInviteNobody() {
        assertThatThrownBy(() -> as(assistant, classroom,
                () -> sut.createInvitation(TenantRole.ADMIN, Duration.ofDays(1), 1)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Only admins can invite admins.");
        assertThatThrownBy(() -> as(pupil, classroom,
                () -> sut.createInvitation(TenantRole.CODER, Duration.ofDays(1), 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(teacher, classroom,
                () -> sut.createInvitation(TenantRole.ADMIN, Duration.ofDays(1), 1)).role())
                .isEqualTo(TenantRole.ADMIN);
    }

    @Test
    void aWithdrawnInvitationAndAnUnknownCodeAreRefusedWithAMessage() {
        InvitationSummary invitation = as(assistant, classroom,
                () -> sut.createInvitation(TenantRole.CODER, Duration.ofDays(1), 5));
        as(assistant, classroom, () -> sut.withdrawInvitation(invitation.id()));

        assertThatThrownBy(() -> as("someone", null, () -> sut.join(invitation.code())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> as("someone", null, () -> sut.join("ZZZZ-ZZZZ")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("ZZZZ-ZZZZ");
    }

    @Test
    void anArchivedTenantTakesNoNewMembers() {
        InvitationSummary invitation = as(assistant, classroom,
                () -> sut.createInvitation(TenantRole.CODER, Duration.ofDays(1), 5));
        ExecutionContext.runAs(UserIdentity.system(), null, () -> directory.archiveTenant(classroom));

        assertThatThrownBy(() -> as("someone", null, () -> sut.join(invitation.code())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("archived");
    }
}
