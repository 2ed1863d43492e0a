package org.concordia.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/**
 * One name an entity goes by: a spelling found in codings (al-Kadhimi, Al-Kazemi) or a declared alias (PMU for the
 * Popular Mobilization Forces). {@code lookupKey} is the name folded for lookup, unique per project; {@code originId}
 * is the entity the alias was first recorded for, where it returns when a merge is undone.
 */
@Entity
@Audited
@Table(name = "entity_alias")
public class EntityAlias extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "origin_id", nullable = false, updatable = false)
    private long originId;

    @Column(nullable = false, updatable = false)
    private String alias;

    @Column(name = "lookup_key", nullable = false, updatable = false)
    private String lookupKey;

    @Column(nullable = false, updatable = false)
    private boolean declared;

    protected EntityAlias() {
        // for JPA
    }

    public EntityAlias(NamedEntity entity, String alias, String lookupKey, boolean declared) {
        this.projectId = entity.getProjectId();
        this.entityId = entity.getId();
        this.originId = entity.getId();
        this.alias = alias;
        this.lookupKey = lookupKey;
        this.declared = declared;
    }

    public void moveTo(long otherEntityId) {
        this.entityId = otherEntityId;
    }

    public long getEntityId() {
        return entityId;
    }

    public long getOriginId() {
        return originId;
    }

    public String getAlias() {
        return alias;
    }

    public String getLookupKey() {
        return lookupKey;
    }

    public boolean isDeclared() {
        return declared;
    }
}
