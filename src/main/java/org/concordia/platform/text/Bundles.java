package org.concordia.platform.text;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's strings (pages, the beans' messages, the explanations of refusals) in a given language: one bundle,
 * {@code Messages.properties} with {@code Messages_ar.properties} beside it. Values are put into a string as written;
 * values that are themselves words (an {@link Explanation}, a {@link Phrase}, an enum constant) are put in the same
 * language.
 */
public final class Bundles {

    public static final String BUNDLE = "org.concordia.platform.faces.i18n.Messages";

    private Bundles() {
    }

    /** The string of {@code key} in {@code locale}, else in English, else null. */
    public static String find(Locale locale, String key) {
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

    /** The string of {@code key} in {@code locale} (English where the bundle has no such language), values put in. */
    public static String format(Locale locale, String key, Object... values) {
        String pattern = find(locale, key);
        if (pattern == null) {
            throw new MissingResourceException("No interface string " + key, BUNDLE, key);
        }
        if (values.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            plain[i] = render(locale, values[i]);
        }
        return MessageFormat.format(pattern.replace("'", "''"), plain);
    }

    private static String render(Locale locale, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Explanation explanation) {
            return explanation.in(locale);
        }
        if (value instanceof Phrase phrase) {
            return phrase.in(locale);
        }
        if (value instanceof Enum<?> constant) {
            return label(locale, constant);
        }
        return String.valueOf(value);
    }

    /**
     * The name of a value as people read it: for an enum constant the bundle's {@link #labelKey}
     * ("label.TenantRole.CODER"), otherwise (or where the bundle has none) the value's own {@code label()}, which
     * exports and the API use as they are.
     */
    public static String label(Locale locale, Object value) {
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
    public static String labelKey(Enum<?> constant) {
        String type = constant.getDeclaringClass().getName();
        return "label." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + constant.name();
    }

    /** Values an explanation may carry: kept with a page's state, so they must be serializable. */
    static Serializable[] serializable(Object... values) {
        Serializable[] kept = new Serializable[values.length];
        for (int i = 0; i < values.length; i++) {
            kept[i] = values[i] == null || values[i] instanceof Serializable s ? (Serializable) values[i]
                    : String.valueOf(values[i]);
        }
        return kept;
    }
}
