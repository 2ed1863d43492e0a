package org.concordia.tenancy.model;

import java.io.Serializable;

/**
 * What a person holding a code learns before joining: which tenant, which role, and whether it still works.
 *
 * @param problem why it cannot be used, in words for the person; null when it can
 */
public record InvitationPreview(String code, String tenantSlug, String tenantName, TenantRole role,
        org.concordia.platform.text.Explanation problem)
        implements Serializable {

    public boolean usable() {
        return problem == null;
    }
}
