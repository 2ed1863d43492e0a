package org.concordia.audit.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One change to one object, as the audit trail shows it: who changed what, when, and each field's value before and
 * after.
 *
 * @param type the kind of object, lower case ("project", "membership")
 * @param label what people call the object: its name, username or code
 */
public record AuditEntry(long revision, Instant when, String who, String type, String objectId, String label,
        AuditAction action, List<FieldChange> changes) implements Serializable {
}
