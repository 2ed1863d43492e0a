package org.concordia.platform.faces;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.concordia.platform.text.Bundles;
import org.concordia.platform.text.Explanation;

/**
 * The interface's strings for beans (messages after an action), in the language of the page being answered: the
 * same bundle pages read as {@code #{msg['key']}}. Values are put in as written.
 */
public final class Texts {

    static final String BUNDLE = Bundles.BUNDLE;

    private Texts() {
    }

    public static String get(String key, Object... values) {
        return of(pageLocale(), key, values);
    }

    /**
     * The name of a value as people read it, in the page's language: for an enum constant the bundle's
     * {@link #labelKey} ("label.TenantRole.CODER"), otherwise (or where the bundle has none) the value's
     * own {@code label()}, which exports and the API use as they are.
     */
    public static String label(Object value) {
        return value == null ? "" : label(pageLocale(), value);
    }

    static String label(Locale locale, Object value) {
        return Bundles.label(locale, value);
    }

    /** "label.TenantRole.CODER"; a nested enum keeps its outer class: "label.ImportOutcome.Result.FAILED". */
    static String labelKey(Enum<?> constant) {
        return Bundles.labelKey(constant);
    }

    /** What a refusal or an import outcome says, in the page's language. */
    public static String explain(Explanation explanation) {
        return explanation == null ? "" : explanation.in(pageLocale());
    }

    /** The language of the page being answered (English outside a request). */
    public static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    /** The string of {@code key} in {@code locale}, else in English, else null. */
    static String find(Locale locale, String key) {
        return Bundles.find(locale, key);
    }

    /** The string in {@code locale} (English where the bundle has no such language). */
    static String of(Locale locale, String key, Object... values) {
        return Bundles.format(locale, key, values);
    }
}
