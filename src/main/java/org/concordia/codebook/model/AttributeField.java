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
            throw new InvalidInputException("Every attribute needs a name.");
        }
        this.name = name.strip();
        this.type = Objects.requireNonNull(type, "An attribute needs a type");
        List<String> cleaned = choices == null ? List.of()
                : choices.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (type == AttributeType.CHOICE && cleaned.size() < 2) {
            throw new InvalidInputException("The choice attribute \u201c" + this.name + "\u201d needs at least two"
                    + " choices.");
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

    @Override
    public boolean equals(Object other) {
        return other instanceof AttributeField field && name.equals(field.name) && type == field.type
                && Objects.equals(choices, field.choices) && required == field.required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, choices, required);
    }

    @Override
    public String toString() {
        return name + " (" + type.label() + (choices == null ? "" : ": " + choices) + (required ? ", required" : "")
                + ")";
    }
}
