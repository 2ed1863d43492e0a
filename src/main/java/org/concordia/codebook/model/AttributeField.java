package org.concordia.codebook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.text.PlainText;

/**
 * One field coders fill in when they apply a claim type: "actor" (entity), "stance" (choice of backed, accepted,
 * opposed), "certainty" (certainty scale), "casualties" (number, ratio). Choices are kept as one comma-separated
 * column, in their order, which is the scale's order when the attribute is ordinal. The level of measurement
 * decides how agreement on the attribute weighs differences.
 */
@Embeddable
public class AttributeField implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private AttributeType type;

    @Column(name = "choices", length = 2000)
    private String choices;

    @Column(name = "required", nullable = false)
    private boolean required;

    /** Null in rows written before levels existed: then the type's usual level. */
    @Enumerated(EnumType.STRING)
    @Column(name = "measurement_level", length = 10)
    private MeasurementLevel level;

    protected AttributeField() {
        // for JPA
    }

    /** An attribute on its type's usual level ({@link MeasurementLevel#usualFor}). */
    public AttributeField(String name, AttributeType type, List<String> choices, boolean required) {
        this(name, type, choices, required, null);
    }

    /** @param level the level of measurement; null for the type's usual one */
    public AttributeField(String name, AttributeType type, List<String> choices, boolean required,
            MeasurementLevel level) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("error.codebook.everyAttributeNeedsAName");
        }
        this.name = PlainText.line(name.strip(), "the attribute's name");
        this.type = Objects.requireNonNull(type, "An attribute needs a type");
        List<String> cleaned = choices == null ? List.of()
                : choices.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (type == AttributeType.CHOICE && cleaned.size() < 2) {
            throw new InvalidInputException("error.codebook.theChoiceAttributeNeedsAt", this.name);
        }
        this.choices = type == AttributeType.CHOICE ? String.join(",", cleaned) : null;
        this.required = required;
        this.level = level == null ? MeasurementLevel.usualFor(type) : level;
        if (!this.level.fits(type)) {
            throw new InvalidInputException("error.codebook.levelDoesNotFitType", this.name, this.level, type);
        }
    }

    public String name() {
        return name;
    }

    public AttributeType type() {
        return type;
    }

    public List<String> choices() {
        return choices == null ? List.of() : Arrays.asList(choices.split(","));
    }

    public boolean required() {
        return required;
    }

    /** The level of measurement agreement on this attribute is computed on. */
    public MeasurementLevel level() {
        return level == null ? MeasurementLevel.usualFor(type) : level;
    }

    /** Whether the attribute's type leaves a choice of level (choices, numbers, dates), so the level is worth showing. */
    public boolean levelIsChosen() {
        return Arrays.stream(MeasurementLevel.values()).filter(l -> l.fits(type)).count() > 1;
    }

    /**
     * The values in their order, for an ordinal attribute with listed values (choices, the certainty scale); empty
     * where the order comes from the values themselves (numbers, dates) or does not matter.
     */
    public List<String> orderedScale() {
        return level() == MeasurementLevel.ORDINAL ? options() : List.of();
    }

    /** How sure a source is, from most to least: the values of a certainty-scale attribute. */
    public static final List<String> CERTAINTY_SCALE = List.of("certain", "probable", "possible", "doubtful");

    /** The values a coder picks from: the choices, the certainty scale, or none for free input. */
    public List<String> options() {
        return switch (type) {
            case CHOICE -> choices();
            case CERTAINTY -> CERTAINTY_SCALE;
            default -> List.of();
        };
    }

    /** Fails with a message for the coder unless {@code value} fits this attribute; blank means no value. */
    public void check(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        switch (type) {
            case CHOICE, CERTAINTY -> {
                if (!options().contains(v)) {
                    throw new InvalidInputException("error.codebook.notOneOfTheValues", v, name,
                            String.join(", ", options()));
                }
            }
            case NUMBER -> {
                java.math.BigDecimal number;
                try {
                    number = new java.math.BigDecimal(v.replace(",", ""));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("error.codebook.takesANumberIsNot", name, v);
                }
                if (level() == MeasurementLevel.RATIO && number.signum() < 0) {
                    throw new InvalidInputException("error.codebook.ratioTakesNoNegative", name, v);
                }
            }
            case DATE -> {
                if (!org.concordia.platform.text.TimeSpan.isTime(v)) {
                    throw new InvalidInputException("error.codebook.takesADateAs2020", name, v);
                }
            }
            default -> {
                if (v.length() > 500) {
                    throw new InvalidInputException("error.codebook.canHaveAtMost500", name);
                }
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttributeField field && name.equals(field.name) && type == field.type
                && Objects.equals(choices, field.choices) && required == field.required && level() == field.level();
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, choices, required, level());
    }

    /**
     * Reads the form {@link #toString()} writes: {@code relation (choice: backed,opposed, required)},
     * {@code intensity (choice: low,medium,high, ordinal)}; the inverse used by the codebook's CSV import. Without a
     * level the type's usual one is taken, as in files written before levels existed.
     */
    public static AttributeField parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(.+?) \\(([a-z ]+?)(?:: (.*?))?(?:, (nominal|ordinal|interval|ratio))?(, required)?\\)")
                .matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidInputException("error.codebook.isNotAnAttributeWritten", text.strip());
        }
        AttributeType type = java.util.Arrays.stream(AttributeType.values())
                .filter(t -> t.label().equals(m.group(2))).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.codebook.isNotAnAttributeType", m.group(2)));
        List<String> choices = m.group(3) == null ? List.of() : Arrays.asList(m.group(3).split(","));
        return new AttributeField(m.group(1), type, choices, m.group(5) != null,
                MeasurementLevel.named(m.group(4)).orElse(null));
    }

    /** The level is written only where it is not the type's usual one, so older files read the same. */
    @Override
    public String toString() {
        return name + " (" + type.label() + (choices == null ? "" : ": " + choices)
                + (level() == MeasurementLevel.usualFor(type) ? "" : ", " + level().label())
                + (required ? ", required" : "") + ")";
    }
}
