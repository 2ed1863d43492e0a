package org.concordia.tenancy.model;

import java.io.Serializable;
import java.time.Instant;

/** A project as screens and other features see it: a value, detached from the persistence context. */
public record ProjectSummary(long id, String name, String description, String createdBy, Instant createdAt)
        implements Serializable {
}
