package org.concordia.tenancy.service;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;
import org.concordia.tenancy.model.TenantRole;

/**
 * Enforces {@link RequiresTenantRole} through {@link TenantAccess} before the guarded method runs: the method's own
 * annotation when it has one, else its class's.
 */
@Interceptor
@RequiresTenantRole(value = TenantRole.CODER, action = "")
@Priority(Interceptor.Priority.APPLICATION)
public class RequiresTenantRoleInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantAccess access;

    @AroundInvoke
    Object checkRole(InvocationContext invocation) throws Exception {
        RequiresTenantRole required = requirementOf(invocation.getMethod(), invocation.getTarget());
        if (required != null) {
            if (required.writes()) {
                access.requireWritable(required.value(), required.action());
            } else {
                access.require(required.value(), required.action());
            }
        }
        return invocation.proceed();
    }

    static RequiresTenantRole requirementOf(Method method, Object target) {
        RequiresTenantRole onMethod = method.getAnnotation(RequiresTenantRole.class);
        if (onMethod != null) {
            return onMethod;
        }
        for (Class<?> type = target.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            RequiresTenantRole onClass = type.getAnnotation(RequiresTenantRole.class);
            if (onClass != null) {
                return onClass;
            }
        }
        return method.getDeclaringClass().getAnnotation(RequiresTenantRole.class);
    }
}
