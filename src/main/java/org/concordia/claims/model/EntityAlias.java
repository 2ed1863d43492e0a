package org.concordia.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/**
 * One name an entity goes by: a spelling found in codings (al-Kadhimi, Al-Kazemi) or a declared alias (PMU for the
 * Popular Mobilization Forces). {@code lookupKey} is the name folded for lookup, unique per project; {@code originId}
 * is the entity the alias was first recorded for, where it returns when a merge is undone. A name collected from
 * codings ({@code fromCodings}) is shown to a coder only where it stands in codings that coder may see.
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

    @Column(name = "from_codings", nullable = false, updatable = false)
    private boolean fromCodings;

    protected EntityAlias() {
        // for JPA
    }

    /** A name a supervisor recorded: the entity's own name, or (when {@code declared}) an alias of it. */
    public EntityAlias(NamedEntity entity, String alias, String lookupKey, boolean declared) {
        this(entity, alias, lookupKey, declared, false);
    }

    /** A name found in the entity attributes of codings. */
    public static EntityAlias collected(NamedEntity entity, String alias, String lookupKey) {
        return new EntityAlias(entity, alias, lookupKey, false, true);
    }

    private EntityAlias(NamedEntity entity, String alias, String lookupKey, boolean declared, boolean fromCodings) {
        this.fromCodings = fromCodings;
        this.projectId = entity.getProjectId();
        this.entityId = entity.getId();
        this.originId = entity.getId();
        this.alias = alias;
        this.lookupKey = lookupKey;
        this.declared = declared;
    }

    /** A name restored from a backup onto the restored entity, with the restored entity that brought it. */
    public static EntityAlias restored(long projectId, long entityId, long originId, RegistryRecord.Alias record) {
        EntityAlias alias = new EntityAlias();
        alias.projectId = projectId;
        alias.entityId = entityId;
        alias.originId = originId;
        alias.alias = record.alias();
        alias.lookupKey = record.lookupKey();
        alias.declared = record.declared();
        alias.fromCodings = record.fromCodings();
        return alias;
    }

    public RegistryRecord.Alias record() {
        return new RegistryRecord.Alias(alias, lookupKey, originId, declared, fromCodings);
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

    public boolean isFromCodings() {
        return fromCodings;
    }
}
