package org.concordia.audit.model;

import java.io.Serializable;

/**
 * A field's value before and after a change; empty where there was none (before creation, after deletion). A field
 * that holds another object's id ({@code claimTypeId}) also carries that object's name as the audit trail knows it
 * ("Stance"), null where it has none.
 */
public record FieldChange(String field, String before, String after, String beforeName, String afterName)
        implements Serializable {

    public FieldChange(String field, String before, String after) {
        this(field, before, after, null, null);
    }
}
