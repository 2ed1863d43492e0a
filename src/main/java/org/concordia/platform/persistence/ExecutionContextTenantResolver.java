package org.concordia.platform.persistence;

import org.concordia.platform.context.ExecutionContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant a new session belongs to. Named by class in persistence.xml: Hibernate creates it
 * itself, once per persistence unit.
 *
 * <p>Without a chosen tenant the session gets {@link #NO_TENANT}, which no row carries: queries over
 * tenant-owned entities then find nothing instead of everything.
 */
public class ExecutionContextTenantResolver implements CurrentTenantIdentifierResolver<String> {

    /** The tenant id of a session opened without a tenant; no tenant can have it (slugs have no underscore). */
    public static final String NO_TENANT = "__none__";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return ExecutionContext.currentTenantId().orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
