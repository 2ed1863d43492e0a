package org.concordia.tenancy.service;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.concordia.tenancy.model.TenantRole;

/**
 * The acting user must hold {@link #value()} (or a higher role) in the current tenant to call the method, and, when
 * it {@link #writes()}, the tenant must not be archived. Checked by {@link RequiresTenantRoleInterceptor} before the
 * method runs, whatever page, API or service called it; {@link #action()} completes the refusal's sentence ("Only a
 * supervisor of ... can <em>import documents</em>"). On a class, it holds for every method that has none of its own.
 *
 * <p>Every public method of a feature service carries this or {@link NoTenantRoleRequired}: {@code ArchitectureTest}
 * fails the build otherwise, so a forgotten check cannot ship.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresTenantRole {

    @Nonbinding
    TenantRole value();

    /** What the method does, as the end of "Only a supervisor of X can ...": "import documents". */
    @Nonbinding
    String action();

    /** Whether the method changes the tenant's data, which an archived tenant refuses. */
    @Nonbinding
    boolean writes() default false;
}
