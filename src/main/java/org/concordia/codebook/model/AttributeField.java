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
 * opposed), "certainty" (certainty scale). Choices are kept as one comma-separated column.
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

    protected AttributeField() {
        // for JPA
    }

    public AttributeField(String name, AttributeType type, List<String> choices, boolean required) {
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
                try {
                    new java.math.BigDecimal(v.replace(",", ""));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("error.codebook.takesANumberIsNot", name, v);
                }
            }
            case DATE -> {
                if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
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
                && Objects.equals(choices, field.choices) && required == field.required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, choices, required);
    }

    /**
     * Reads the form {@link #toString()} writes: {@code relation (choice: backed,opposed, required)}; the inverse
     * used by the codebook's CSV import.
     */
    public static AttributeField parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(.+?) \\(([a-z ]+?)(?:: (.*?))?(, required)?\\)").matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidInputException("error.codebook.isNotAnAttributeWritten", text.strip());
        }
        AttributeType type = java.util.Arrays.stream(AttributeType.values())
                .filter(t -> t.label().equals(m.group(2))).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.codebook.isNotAnAttributeType", m.group(2)));
        List<String> choices = m.group(3) == null ? List.of() : Arrays.asList(m.group(3).split(","));
        return new AttributeField(m.group(1), type, choices, m.group(4) != null);
    }

    @Override
    public String toString() {
        return name + " (" + type.label() + (choices == null ? "" : ": " + choices) + (required ? ", required" : "")
                + ")";
    }
}
