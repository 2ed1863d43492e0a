package org.concordia.tenancy.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.concordia.platform.text.PlainText;
import org.hibernate.envers.Audited;

/**
 * A body of work inside a tenant: its documents, codebook and codings belong to it. Names are unique within a
 * tenant so that people can tell projects apart in menus and exports.
 */
@Entity
@Audited
@Table(name = "project")
@NamedQuery(name = "Project.listByName", query = "select p from Project p order by lower(p.name)")
@NamedQuery(name = "Project.countByName",
        query = "select count(p) from Project p where lower(p.name) = lower(:name) and p.id <> :excludedId")
public class Project extends TenantOwnedEntity {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Project() {
        // for JPA
    }

    public Project(String name, String description, String createdBy) {
        describeAs(name, description);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** Gives the project a new name and description; the name must stay unique, which the service checks. */
    public final void describeAs(String newName, String newDescription) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidInputException("error.tenancy.aProjectNeedsAName");
        }
        if (newName.strip().length() > MAX_NAME) {
            throw new InvalidInputException("error.tenancy.aProjectsNameCanHave", MAX_NAME);
        }
        if (newDescription != null && newDescription.strip().length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("error.tenancy.aProjectsDescriptionCanHave", MAX_DESCRIPTION);
        }
        this.name = PlainText.line(newName.strip(), "the project's name");
        PlainText.text(newDescription, "the project's description");
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
    }

    public ProjectSummary summary() {
        return new ProjectSummary(getId(), name, description, createdBy, createdAt);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
