package org.concordia.platform.context;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.concordia.platform.security.UserIdentity;

/**
 * The user and tenant on whose behalf the current thread works.
 *
 * <p>A web request gets both from the tenant filter (the logged-in user and the tenant they chose); work outside a
 * request (startup, jobs, tests) names them explicitly with {@link #callAs}. Hibernate reads the tenant from here
 * for every session it opens, so tenant-owned data is filtered in the data layer whoever asks.
 */
public final class ExecutionContext {

    private static final ThreadLocal<ExecutionContext> CURRENT = new ThreadLocal<>();

    private final UserIdentity user;
    private final String tenantId;

    private ExecutionContext(UserIdentity user, String tenantId) {
        this.user = Objects.requireNonNull(user, "An execution context needs a user");
        this.tenantId = tenantId;
    }

    public static Optional<UserIdentity> currentUser() {
        ExecutionContext context = CURRENT.get();
        return context == null ? Optional.empty() : Optional.of(context.user);
    }

    /** The tenant whose data this thread may see; empty when no tenant is chosen. */
    public static Optional<String> currentTenantId() {
        ExecutionContext context = CURRENT.get();
        return context == null ? Optional.empty() : Optional.ofNullable(context.tenantId);
    }

    /**
     * Runs {@code work} as {@code user} inside {@code tenantId} (null for none) and restores whatever context was
     * there before, even when the work fails.
     */
    public static <T> T callAs(UserIdentity user, String tenantId, Callable<T> work) throws Exception {
        ExecutionContext previous = CURRENT.get();
        CURRENT.set(new ExecutionContext(user, tenantId));
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** {@link #callAs} for work that throws no checked exception. */
    public static <T> T supplyAs(UserIdentity user, String tenantId, Supplier<T> work) {
        try {
            return callAs(user, tenantId, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #callAs} for work that returns nothing and throws no checked exception. */
    public static void runAs(UserIdentity user, String tenantId, Runnable work) {
        supplyAs(user, tenantId, () -> {
            work.run();
            return null;
        });
    }
}
