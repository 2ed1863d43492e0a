package org.concordia.claims.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a backup keeps of a project's entity registry and relation vocabulary: every entity (merged ones too) with
 * the names it goes by, every merge with its undoing, and the project's own relations (none: the defaults). Ids
 * are the exporting project's; a restore maps them onto the new rows.
 */
public record RegistryRecord(List<Entity> entities, List<Merge> merges, List<RelationView> relations)
        implements Serializable {

    public RegistryRecord {
        entities = List.copyOf(entities);
        merges = List.copyOf(merges);
        relations = List.copyOf(relations);
    }

    public record Entity(long id, EntityKind kind, String name, Long mergedInto, String createdBy,
            Instant createdAt, List<Alias> aliases) implements Serializable {

        public Entity {
            aliases = List.copyOf(aliases);
        }
    }

    /** A name of the entity; {@code originId} is the entity that brought it, which an undone merge gives back. */
    public record Alias(String alias, String lookupKey, long originId, boolean declared, boolean fromCodings)
            implements Serializable {
    }

    public record Merge(long survivorId, long mergedId, String mergedBy, Instant mergedAt, String undoneBy,
            Instant undoneAt) implements Serializable {
    }
}
