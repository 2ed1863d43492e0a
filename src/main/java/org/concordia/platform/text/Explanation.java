package org.concordia.platform.text;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * Something said to a user, kept as a bundle key and its values so that it is read in the reader's language: why an
 * input was refused, why a file was not imported. {@link #toString()} is the English, which the REST API and the
 * logs use.
 */
public final class Explanation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Serializable[] values;

    private Explanation(String key, Serializable[] values) {
        this.key = key;
        this.values = values;
    }

    /** The bundle's {@code key} with {@code values} put in: strings, numbers, enum constants, phrases, explanations. */
    public static Explanation of(String key, Object... values) {
        return new Explanation(key, Bundles.serializable(values));
    }

    public String key() {
        return key;
    }

    public String in(Locale locale) {
        return Bundles.format(locale, key, (Object[]) values);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Explanation e && e.key.equals(key) && Arrays.equals(e.values, values);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(values);
    }
}
