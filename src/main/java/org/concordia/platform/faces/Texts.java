package org.concordia.platform.faces;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's strings for beans (messages after an action), in the language of the page being answered: the
 * same bundle pages read as {@code #{msg['key']}}. Values are put in as written.
 */
public final class Texts {

    static final String BUNDLE = "org.concordia.platform.faces.i18n.Messages";

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
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            String named = find(locale, labelKey(constant));
            if (named != null) {
                return named;
            }
        }
        try {
            java.lang.reflect.Method own = value.getClass().getMethod("label");
            own.setAccessible(true);
            return String.valueOf(own.invoke(value));
        } catch (ReflectiveOperationException | RuntimeException noLabel) {
            return String.valueOf(value);
        }
    }

    /** "label.TenantRole.CODER"; a nested enum keeps its outer class: "label.ImportOutcome.Result.FAILED". */
    static String labelKey(Enum<?> constant) {
        String type = constant.getDeclaringClass().getName();
        return "label." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + constant.name();
    }

    /** The language of the page being answered (English outside a request). */
    public static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    /** The string of {@code key} in {@code locale}, else in English, else null. */
    static String find(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_DEFAULT)).getString(key);
        } catch (MissingResourceException notThatLanguage) {
            try {
                return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
            } catch (MissingResourceException none) {
                return null;
            }
        }
    }

    /** The string in {@code locale} (English where the bundle has no such language). */
    static String of(Locale locale, String key, Object... values) {
        String pattern = find(locale, key);
        if (pattern == null) {
            throw new MissingResourceException("No interface string " + key, BUNDLE, key);
        }
        if (values.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            plain[i] = values[i] == null ? "" : String.valueOf(values[i]);
        }
        return MessageFormat.format(pattern.replace("'", "''"), plain);
    }
}
