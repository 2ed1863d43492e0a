package org.concordia.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.tenancy.model.Invitation;
import org.concordia.tenancy.model.InvitationState;
import org.concordia.tenancy.model.Tenant;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Tenant SEMINAR = new Tenant("seminar", "Seminar on Gulf politics", TenantKind.CLASSROOM);

    @Test
    void anOpenInvitationCountsEachUseUntilItIsUsedUp() {
        Invitation sut = new Invitation(SEMINAR, "ABCD-EFGH", TenantRole.CODER, Duration.ofDays(7), 2, "sam");
        Instant now = Instant.now();

        sut.redeem(now);
        assertThat(sut.stateAt(now)).isEqualTo(InvitationState.OPEN);
        sut.redeem(now);

        assertThat(sut.stateAt(now)).isEqualTo(InvitationState.USED_UP);
        assertThatThrownBy(() -> sut.redeem(now)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("used 2 times");
        assertThat(sut.getUses()).as("a refused use is not counted").isEqualTo(2);
    }

    @Test
    void anExpiredInvitationSaysWhenItExpired() {
        Invitation sut = new Invitation(SEMINAR, "ABCD-EFGH", TenantRole.CODER, Duration.ofDays(7), 30, "sam");
        Instant eightDaysLater = Instant.now().plus(Duration.ofDays(8));

        assertThat(sut.stateAt(eightDaysLater)).isEqualTo(InvitationState.EXPIRED);
        assertThatThrownBy(() -> sut.redeem(eightDaysLater)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("This invitation expired on ");
    }

    @Test
    void aWithdrawnInvitationCannotBeUsed() {
        Invitation sut = new Invitation(SEMINAR, "ABCD-EFGH", TenantRole.CODER, Duration.ofDays(7), 30, "sam");

        sut.withdraw();

        assertThat(sut.stateAt(Instant.now())).isEqualTo(InvitationState.WITHDRAWN);
        assertThat(sut.problemAt(Instant.now()).english()).contains("withdrawn");
    }

    @Test
    void validityAndUsesMustBeSensible() {
        assertThatThrownBy(() -> new Invitation(SEMINAR, "C", TenantRole.CODER, Duration.ZERO, 1, "sam"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Invitation(SEMINAR, "C", TenantRole.CODER, Duration.ofDays(181), 1, "sam"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("180 days");
        assertThatThrownBy(() -> new Invitation(SEMINAR, "C", TenantRole.CODER, Duration.ofDays(1), 0, "sam"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 1 and 1000");
    }
}
