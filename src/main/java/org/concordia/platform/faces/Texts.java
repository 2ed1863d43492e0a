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
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
        return of(locale, key, values);
    }

    /** The string in {@code locale} (English where the bundle has no such language). */
    static String of(Locale locale, String key, Object... values) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_DEFAULT)).getString(key);
        } catch (MissingResourceException notThatLanguage) {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
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
