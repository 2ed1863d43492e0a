package org.concordia.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordia.platform.security.OidcLogin;

/**
 * The interface's language for this request ({@code <f:view locale="#{language.locale}">}): the one the person
 * chose with the switch in the top bar (kept for the session), else the one they chose in Keycloak (its "locale"
 * claim), else their browser's (Accept-Language, as Faces matches it against the supported locales).
 */
@Named("language")
@RequestScoped
public class LanguageChoice {

    /** The languages the interface speaks, as the bundle has them. */
    static final List<String> OFFERED = List.of("en", "ar");
    static final String PARAMETER = "lang";
    static final String CHOSEN = "concordia.language";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    private Locale resolve() {
        String asked = offered(request.getParameter(PARAMETER)).orElse(null);
        if (asked != null) {
            request.getSession().setAttribute(CHOSEN, asked);
            return Locale.forLanguageTag(asked);
        }
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(CHOSEN);
        if (chosen instanceof String tag) {
            return Locale.forLanguageTag(tag);
        }
        Optional<String> keycloak = OidcLogin.localeOf(request).flatMap(LanguageChoice::offered);
        if (keycloak.isPresent()) {
            return Locale.forLanguageTag(keycloak.get());
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /** "ar" for "ar", "ar-IQ" or "AR"; empty for a language the interface does not speak. */
    static Optional<String> offered(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return OFFERED.contains(language) ? Optional.of(language) : Optional.empty();
    }

    public List<String> getOffered() {
        return OFFERED;
    }

    /** The language's name in itself ("English", "العربية"), as language menus show it. */
    public String nameOf(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        return language.getDisplayLanguage(language);
    }

    public boolean isCurrent(String tag) {
        return getLocale().getLanguage().equals(tag);
    }

    /** This page's address in {@code tag}: the same page and parameters, with the language asked for. */
    public String hrefFor(String tag) {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded instanceof String uri ? uri : request.getRequestURI();
        Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
        String query = forwarded instanceof String ? (String) forwardedQuery : request.getQueryString();
        return path + "?" + withLanguage(query, tag);
    }

    static String withLanguage(String query, String tag) {
        Stream<String> kept = query == null || query.isEmpty() ? Stream.empty()
                : Stream.of(query.split("&")).filter(p -> !p.isEmpty() && !p.startsWith(PARAMETER + "="));
        return Stream.concat(kept, Stream.of(PARAMETER + "=" + URLEncoder.encode(tag, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
