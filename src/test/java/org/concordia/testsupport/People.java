package org.concordia.testsupport;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;

/** Identities for tests that act as somebody inside the server, and names that no other test uses. */
public final class People {

    private People() {
    }

    public static UserIdentity user(String username) {
        return new UserIdentity(username, username, username + "@concordia.test", Set.of(), Set.of());
    }

    /** Runs {@code work} inside the server as {@code username}, working in {@code tenant} (null for none). */
    public static <T> T as(String username, String tenant, Supplier<T> work) {
        return ExecutionContext.supplyAs(user(username), tenant, work);
    }

    /** A short name unique to this test run, usable as a tenant slug or a user name. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
