package org.concordia.codebook.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an attribute's values relate to one another, which decides how disagreement between coders is weighed
 * (Krippendorff's difference functions): nominal values are merely different, ordinal ones lie on an ordered scale
 * (near misses cost less), interval ones are numbers whose differences matter, ratio ones numbers with a true zero.
 */
public enum MeasurementLevel {
    NOMINAL, ORDINAL, INTERVAL, RATIO;

    /** The level as files and forms write it: "ordinal". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level a label names ("Ordinal", "ratio"), if any. */
    public static Optional<MeasurementLevel> named(String label) {
        return label == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.label().equalsIgnoreCase(label.strip())).findFirst();
    }

    /** The level an attribute of this type has when its author says none: the certainty scale is ordered. */
    public static MeasurementLevel usualFor(AttributeType type) {
        return switch (type) {
            case CERTAINTY -> ORDINAL;
            case NUMBER -> INTERVAL;
            default -> NOMINAL;
        };
    }

    /**
     * Whether values of this type can be on this level: text and entities are only nominal, choices and the
     * certainty scale nominal or ordinal (in the order the choices are listed), dates nominal or ordinal (in time),
     * numbers any level.
     */
    public boolean fits(AttributeType type) {
        return switch (type) {
            case TEXT, ENTITY -> this == NOMINAL;
            case CHOICE, CERTAINTY, DATE -> this == NOMINAL || this == ORDINAL;
            case NUMBER -> true;
        };
    }
}
