package org.concordia.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.concordia.tenancy.model.TenantRole;
import org.junit.jupiter.api.Test;

class GroupMembershipsTest {

    @Test
    void tenantGroupsGrantTheirRoleAndTheHighestRoleWinsPerTenant() {
        Map<String, TenantRole> granted = GroupMemberships.grantedBy(Set.of(
                "/tenants/seminar/coder", "/tenants/seminar/supervisor", "/tenants/research/admin"));

        assertThat(granted).containsOnly(
                Map.entry("seminar", TenantRole.SUPERVISOR), Map.entry("research", TenantRole.ADMIN));
    }

    @Test
    void otherGroupsAndMalformedPathsGrantNothing() {
        assertThat(GroupMemberships.grantedBy(Set.of("/staff", "/tenants/seminar", "/tenants/seminar/owner",
                "/tenants/Seminar/coder", "tenants/seminar/coder", "/tenants/seminar/coder/extra"))).isEmpty();
    }
}
