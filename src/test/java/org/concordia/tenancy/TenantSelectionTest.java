package org.concordia.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.web.TenantSelection;
import org.junit.jupiter.api.Test;

class TenantSelectionTest {

    private static final MembershipSummary RESEARCH =
            new MembershipSummary("research", "Gulf Accounts Research Team", TenantKind.RESEARCH_TEAM,
                    TenantRole.SUPERVISOR, false);
    private static final MembershipSummary SEMINAR =
            new MembershipSummary("seminar", "Seminar on Gulf politics", TenantKind.CLASSROOM, TenantRole.CODER, false);

    private final TenantSelection sut = new TenantSelection();

    @Test
    void withoutAChoiceThePersonWorksInTheirFirstTenant() {
        assertThat(sut.activeTenant(List.of(RESEARCH, SEMINAR))).isEqualTo("research");
    }

    @Test
    void theChosenTenantIsUsedWhileThePersonBelongsToIt() {
        sut.choose("seminar");

        assertThat(sut.activeTenant(List.of(RESEARCH, SEMINAR))).isEqualTo("seminar");
        assertThat(sut.activeTenant(List.of(RESEARCH)))
                .as("removed from the chosen tenant, they fall back to one they still belong to")
                .isEqualTo("research");
    }

    @Test
    void someoneWithoutMembershipsHasNoTenant() {
        sut.choose("seminar");

        assertThat(sut.activeTenant(List.of())).isNull();
    }
}
