package org.concordia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.persistence.ExecutionContextTenantResolver;
import org.concordia.platform.security.UserIdentity;
import org.junit.jupiter.api.Test;

class ExecutionContextTest {

    private static final UserIdentity ADA = new UserIdentity("ada", "Ada Rahimi", null, Set.of(), Set.of());
    private final ExecutionContextTenantResolver resolver = new ExecutionContextTenantResolver();

    @Test
    void outsideAnyContextHibernateGetsATenantNoRowHas() {
        assertThat(ExecutionContext.currentUser()).isEmpty();
        assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(ExecutionContextTenantResolver.NO_TENANT);
    }

    @Test
    void workRunsAsTheNamedUserAndTenantAndTheOuterContextComesBack() {
        ExecutionContext.runAs(ADA, "seminar", () -> {
            assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo("seminar");
            ExecutionContext.runAs(UserIdentity.system(), "research", () ->
                    assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo("research"));
            assertThat(ExecutionContext.currentUser()).contains(ADA);
            assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo("seminar");
        });
        assertThat(ExecutionContext.currentTenantId()).isEmpty();
    }

    @Test
    void theContextIsClearedEvenWhenTheWorkFails() {
        assertThatThrownBy(() -> ExecutionContext.runAs(ADA, "seminar", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(ExecutionContext.currentUser()).isEmpty();
    }

    @Test
    void aUserWithoutDisplayNameIsShownByUsername() {
        assertThat(new UserIdentity("ada", " ", null, Set.of(), null).displayName()).isEqualTo("ada");
        assertThat(UserIdentity.system().isPlatformAdmin()).isTrue();
        assertThat(ADA.isPlatformAdmin()).isFalse();
    }
}
