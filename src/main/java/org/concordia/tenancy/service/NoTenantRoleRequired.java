package org.concordia.tenancy.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method (or every method of a class) that no tenant role guards, with the reason: it runs before
 * anybody has a role (joining with an invitation, resolving the login's memberships), only for platform
 * administrators (checked inside), or inside work that a guarded method started. The reason is for the reviewer;
 * {@code ArchitectureTest} only insists that one of this and {@link RequiresTenantRole} is there.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NoTenantRoleRequired {

    /** Why no role is required: "the join page, before the person is a member". */
    String value();
}
