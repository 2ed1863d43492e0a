package org.concordia.audit.model;

import java.io.Serializable;

/** A field's value before and after a change; empty where there was none (before creation, after deletion). */
public record FieldChange(String field, String before, String after) implements Serializable {
}
