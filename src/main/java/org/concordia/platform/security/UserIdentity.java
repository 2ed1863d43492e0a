package org.concordia.platform.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the person logged in through Keycloak, or the system itself for work that no person started
 * (demo data at first start, background jobs).
 *
 * @param username the Keycloak {@code preferred_username}; memberships refer to people by it
 * @param displayName the name shown in the interface
 * @param email may be empty
 * @param realmRoles Keycloak realm roles; tenant roles are not here, they live in the tenant's memberships
 * @param groups full paths of the Keycloak groups the person is in ({@code /tenants/seminar/coder})
 */
public record UserIdentity(String username, String displayName, String email, Set<String> realmRoles,
        Set<String> groups) {

    /** The realm role of those who operate Concordia itself (create and archive tenants). */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private static final UserIdentity SYSTEM =
            new UserIdentity("system", "Concordia", "", Set.of(PLATFORM_ADMIN), Set.of());

    public UserIdentity {
        Objects.requireNonNull(username, "A user needs a username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("A user needs a username");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        email = email == null ? "" : email;
        realmRoles = Set.copyOf(realmRoles);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** A person known only by name, without realm roles or groups: for work done on someone's behalf. */
    public static UserIdentity named(String username) {
        return new UserIdentity(username, username, "", Set.of(), Set.of());
    }

    /** The identity of work that no person started; it may administer the platform. */
    public static UserIdentity system() {
        return SYSTEM;
    }

    public boolean isPlatformAdmin() {
        return realmRoles.contains(PLATFORM_ADMIN);
    }
}
