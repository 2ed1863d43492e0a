package org.concordia.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/**
 * Somebody or something sources make claims about: a person, organisation, state, armed group, party or office of
 * a project, under its preferred name. Merged into another entity, it stays (with {@code mergedInto} set) so that
 * the merge can be undone.
 */
@Entity
@Audited
@Table(name = "named_entity")
public class NamedEntity extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntityKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NamedEntity() {
        // for JPA
    }

    public NamedEntity(long projectId, EntityKind kind, String name, String createdBy) {
        this.projectId = projectId;
        this.kind = kind;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** An entity restored from a backup with who recorded it when; its merge is set once every entity exists. */
    public static NamedEntity restored(long projectId, RegistryRecord.Entity record) {
        NamedEntity entity = new NamedEntity(projectId, record.kind(), record.name(), record.createdBy());
        if (record.createdAt() != null) {
            entity.createdAt = record.createdAt();
        }
        return entity;
    }

    /** What a backup keeps of this entity (its names are the registry's to add). */
    public RegistryRecord.Entity record(java.util.List<RegistryRecord.Alias> aliases) {
        return new RegistryRecord.Entity(getId(), kind, name, mergedInto, createdBy, createdAt, aliases);
    }

    public void describe(EntityKind newKind, String newName) {
        this.kind = newKind;
        this.name = newName;
    }

    public void mergeInto(long survivorId) {
        this.mergedInto = survivorId;
    }

    public void unmerge() {
        this.mergedInto = null;
    }

    public long getProjectId() {
        return projectId;
    }

    public EntityKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Long getMergedInto() {
        return mergedInto;
    }
}
