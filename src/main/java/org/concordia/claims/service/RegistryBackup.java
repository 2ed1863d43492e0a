package org.concordia.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.claims.model.EntityAlias;
import org.concordia.claims.model.EntityMerge;
import org.concordia.claims.model.NamedEntity;
import org.concordia.claims.model.RegistryRecord;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.model.Verdict;
import org.concordia.claims.model.VerdictView;
import org.concordia.claims.persistence.EntityRepository;
import org.concordia.claims.persistence.VerdictRepository;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * The claims part of a project's backup: entities with every name they go by (and the entity that brought it),
 * merges with their undoing, the project's own relation vocabulary, and the verdicts on propositions, read out and
 * written into a restored copy as they were, ids mapped onto the new rows. A restore writes the outcome of the
 * merges; it does not replay them.
 */
@ApplicationScoped
@Transactional
public class RegistryBackup {

    @Inject
    EntityRepository entities;

    @Inject
    RelationService relations;

    @Inject
    VerdictRepository verdicts;

    @Inject
    DocumentService documents;

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "merge entities")
    public RegistryRecord registryOf(long projectId) {
        documents.project(projectId);
        Map<Long, List<RegistryRecord.Alias>> aliases = entities.aliases(projectId).stream().collect(
                Collectors.groupingBy(EntityAlias::getEntityId, Collectors.mapping(EntityAlias::record,
                        Collectors.toList())));
        List<RegistryRecord.Entity> all = entities.entities(projectId).stream()
                .sorted(Comparator.comparing(NamedEntity::getId))
                .map(e -> e.record(aliases.getOrDefault(e.getId(), List.of()))).toList();
        List<RegistryRecord.Merge> merges = entities.merges(projectId).stream().map(EntityMerge::record)
                .sorted(Comparator.comparing(RegistryRecord.Merge::mergedAt)).toList();
        List<RelationView> own = relations.vocabulary(projectId).stream().filter(r -> r.id() != 0).toList();
        return new RegistryRecord(all, merges, own);
    }

    /**
     * Writes a backup's registry into the restored project, which has no entities yet. Returns the restored
     * entities' ids by the backup's: what {@link #restoreVerdicts} maps propositions with.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "merge entities", writes = true)
    public Map<Long, Long> restore(long projectId, RegistryRecord registry) {
        documents.project(projectId);
        Map<Long, NamedEntity> restored = new HashMap<>();
        for (RegistryRecord.Entity record : registry.entities()) {
            NamedEntity entity = NamedEntity.restored(projectId, record);
            entities.add(entity);
            restored.put(record.id(), entity);
        }
        for (RegistryRecord.Entity record : registry.entities()) {
            NamedEntity entity = restored.get(record.id());
            if (record.mergedInto() != null) {
                entity.mergeInto(idOf(restored, record.mergedInto()));
            }
            for (RegistryRecord.Alias alias : record.aliases()) {
                entities.add(EntityAlias.restored(projectId, entity.getId(), idOf(restored, alias.originId()), alias));
            }
        }
        for (RegistryRecord.Merge merge : registry.merges()) {
            entities.add(EntityMerge.restored(projectId, idOf(restored, merge.survivorId()),
                    idOf(restored, merge.mergedId()), merge));
        }
        List<RelationView> vocabulary = new ArrayList<>(registry.relations());
        vocabulary.forEach(r -> relations.save(projectId, r));
        Map<Long, Long> ids = new HashMap<>();
        restored.forEach((exported, entity) -> ids.put(exported, entity.getId()));
        return ids;
    }

    /** Every verdict of the project, oldest first: each proposition's history. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "read the ledger")
    public List<VerdictView> verdictsOf(long projectId) {
        documents.project(projectId);
        return verdicts.forProject(projectId).stream().map(Verdict::view)
                .sorted(Comparator.comparing(VerdictView::decidedAt).thenComparing(VerdictView::id)).toList();
    }

    /**
     * Writes a backup's verdicts into the restored project: the claims they name are the restored project's
     * codings already ({@code favouredClaim}, {@code evidence}); the entity their proposition is about is mapped
     * with {@code entityIds} (from {@link #restore}).
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "record verdicts", writes = true)
    public void restoreVerdicts(long projectId, List<VerdictView> backedUp, Map<Long, Long> entityIds) {
        documents.project(projectId);
        for (VerdictView verdict : backedUp) {
            String key = Propositions.withObject(verdict.propositionKey(), exported -> {
                Long id = entityIds.get(exported);
                if (id == null) {
                    throw new InvalidInputException("error.claims.theBackupNamesAnEntity", exported);
                }
                return id;
            });
            verdicts.add(Verdict.restored(projectId, new VerdictView(0, key, verdict.kind(), verdict.favouredClaim(),
                    verdict.rationale(), verdict.confidence(), verdict.evidence(), verdict.decidedBy(),
                    verdict.decidedAt())));
        }
    }

    private static long idOf(Map<Long, NamedEntity> restored, long exportedId) {
        NamedEntity entity = restored.get(exportedId);
        if (entity == null) {
            throw new InvalidInputException("error.claims.theBackupNamesAnEntity", exportedId);
        }
        return entity.getId();
    }
}
