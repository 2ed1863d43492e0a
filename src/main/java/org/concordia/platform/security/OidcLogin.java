package org.concordia.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RealmAccessClaim;

/**
 * Reads the Keycloak login of a request. The only class that knows WildFly's OIDC client API; everything else
 * works with {@link UserIdentity}.
 */
public final class OidcLogin {

    static final String GROUPS_CLAIM = "groups";
    static final String LOCALE_CLAIM = "locale";

    private OidcLogin() {
    }

    /** The logged-in user of this request, or empty on a public page. */
    public static Optional<UserIdentity> userOf(HttpServletRequest request) {
        return securityContextOf(request).map(context -> {
            AccessToken token = context.getToken();
            IDToken idToken = context.getIDToken();
            String username = firstNonBlank(token.getPreferredUsername(), token.getSubject());
            String name = idToken != null ? idToken.getName() : null;
            String email = idToken != null ? idToken.getEmail() : token.getEmail();
            return new UserIdentity(username, firstNonBlank(name, token.getName(), username), email,
                    realmRolesOf(token), groupsOf(token));
        });
    }

    /**
     * Where to send the browser so that Keycloak ends its session too (OpenID Connect RP-initiated logout); the
     * user comes back to {@code returnTo}, which the client's post-logout redirect URIs must allow.
     */
    public static Optional<String> endSessionUrl(HttpServletRequest request, String clientId, String returnTo) {
        return securityContextOf(request).map(context -> {
            StringBuilder url = new StringBuilder(context.getToken().getIssuer())
                    .append("/protocol/openid-connect/logout?client_id=").append(encode(clientId))
                    .append("&post_logout_redirect_uri=").append(encode(returnTo));
            if (context.getIDTokenString() != null) {
                url.append("&id_token_hint=").append(encode(context.getIDTokenString()));
            }
            return url.toString();
        });
    }

    /** The Keycloak realm that issued this request's login: where tokens for the REST API come from too. */
    public static Optional<String> issuerOf(HttpServletRequest request) {
        return securityContextOf(request).map(context -> context.getToken().getIssuer());
    }

    /**
     * The language the user chose in Keycloak ("ar", from the "locale" claim Keycloak's profile scope adds once the
     * user has picked a language on its pages or an administrator set one), or empty.
     */
    public static Optional<String> localeOf(HttpServletRequest request) {
        return securityContextOf(request).flatMap(context -> {
            IDToken idToken = context.getIDToken();
            List<JsonWebToken> tokens = idToken == null ? List.of(context.getToken())
                    : List.of(idToken, context.getToken());
            for (JsonWebToken token : tokens) {
                String locale = token.hasClaim(LOCALE_CLAIM) ? token.getClaimValueAsString(LOCALE_CLAIM) : null;
                if (locale != null && !locale.isBlank()) {
                    return Optional.of(locale.strip());
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<OidcSecurityContext> securityContextOf(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return Optional.of(oidc.getOidcSecurityContext());
        }
        return Optional.empty();
    }

    private static Set<String> realmRolesOf(AccessToken token) {
        RealmAccessClaim realmAccess = token.getRealmAccessClaim();
        if (realmAccess == null || realmAccess.getRoles() == null) {
            return Set.of();
        }
        return new HashSet<>(List.copyOf(realmAccess.getRoles()));
    }

    /** The "groups" claim that the realm's group-membership mapper adds, as full paths. */
    private static Set<String> groupsOf(AccessToken token) {
        if (!token.hasClaim(GROUPS_CLAIM)) {
            return Set.of();
        }
        List<String> groups = token.getStringListClaimValue(GROUPS_CLAIM);
        return groups == null ? Set.of() : Set.copyOf(groups);
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
