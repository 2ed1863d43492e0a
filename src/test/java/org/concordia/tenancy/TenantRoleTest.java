package org.concordia.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordia.tenancy.model.TenantRole;
import org.junit.jupiter.api.Test;

class TenantRoleTest {

    @Test
    void anAdminMayDoWhatASupervisorAndACoderMay() {
        assertThat(TenantRole.ADMIN.includes(TenantRole.SUPERVISOR)).isTrue();
        assertThat(TenantRole.ADMIN.includes(TenantRole.CODER)).isTrue();
        assertThat(TenantRole.SUPERVISOR.includes(TenantRole.CODER)).isTrue();
    }

    @Test
    void aCoderMayNotDoWhatASupervisorMay() {
        assertThat(TenantRole.CODER.includes(TenantRole.SUPERVISOR)).isFalse();
        assertThat(TenantRole.SUPERVISOR.includes(TenantRole.ADMIN)).isFalse();
    }
}
