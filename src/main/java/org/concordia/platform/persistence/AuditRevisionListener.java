package org.concordia.platform.persistence;

import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each audit revision with the acting user and tenant of the execution context. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).recordActor(
                ExecutionContext.currentUser().map(UserIdentity::username).orElse("unknown"),
                ExecutionContext.currentTenantId().orElse(null));
    }
}
