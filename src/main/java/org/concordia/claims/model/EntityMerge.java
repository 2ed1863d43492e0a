package org.concordia.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.persistence.TenantOwnedEntity;

/** A merge of one entity into another: who, when, and whether and by whom it was undone. */
@Entity
@Table(name = "entity_merge")
public class EntityMerge extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "survivor_id", nullable = false, updatable = false)
    private long survivorId;

    @Column(name = "merged_id", nullable = false, updatable = false)
    private long mergedId;

    @Column(name = "merged_by", nullable = false, updatable = false)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt;

    @Column(name = "undone_by")
    private String undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected EntityMerge() {
        // for JPA
    }

    public EntityMerge(long projectId, long survivorId, long mergedId, String mergedBy) {
        this.projectId = projectId;
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.mergedBy = mergedBy;
        this.mergedAt = Instant.now();
    }

    /** A merge restored from a backup between the restored entities, with its times and its undoing. */
    public static EntityMerge restored(long projectId, long survivorId, long mergedId, RegistryRecord.Merge record) {
        EntityMerge merge = new EntityMerge(projectId, survivorId, mergedId, record.mergedBy());
        if (record.mergedAt() != null) {
            merge.mergedAt = record.mergedAt();
        }
        merge.undoneBy = record.undoneBy();
        merge.undoneAt = record.undoneAt();
        return merge;
    }

    public RegistryRecord.Merge record() {
        return new RegistryRecord.Merge(survivorId, mergedId, mergedBy, mergedAt, undoneBy, undoneAt);
    }

    public void undo(String by) {
        this.undoneBy = by;
        this.undoneAt = Instant.now();
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public long getSurvivorId() {
        return survivorId;
    }

    public long getMergedId() {
        return mergedId;
    }

    public MergeView view(String survivorName, String mergedName) {
        return new MergeView(getId(), survivorId, survivorName, mergedId, mergedName, mergedBy, mergedAt, undoneBy,
                undoneAt);
    }
}
