package org.concordia.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordia.claims.model.EntityAlias;
import org.concordia.claims.model.EntityKind;
import org.concordia.claims.model.EntityMerge;
import org.concordia.claims.model.EntityView;
import org.concordia.claims.model.MergeSuggestion;
import org.concordia.claims.model.MergeView;
import org.concordia.claims.model.NamedEntity;
import org.concordia.claims.persistence.EntityRepository;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.text.PlainText;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * The entities of a project and the names they go by. Names come from the entity attributes of codings (subject,
 * object, actor...) or are declared; names that look like one name spelled two ways are suggested for merging; a
 * merge moves the names to the surviving entity, is recorded, and can be undone.
 */
@ApplicationScoped
@Transactional
public class EntityService {

    private static final int MAX_NAME = 255;

    @Inject
    EntityRepository entities;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    TenantAccess access;

    /**
     * The project's entities (not those merged into others), by name, with their names. A coder sees only the names
     * they could read in codings anyway (their own, and those of documents revealed to them) besides the names
     * supervisors recorded: blind coding holds on this page too.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see entities")
    public List<EntityView> entities(long projectId) {
        documents.project(projectId);
        Set<String> hidden = hiddenNames(projectId);
        Map<Long, List<EntityAlias>> aliases = entities.aliases(projectId).stream()
                .filter(a -> !hidden.contains(a.getLookupKey()))
                .collect(Collectors.groupingBy(EntityAlias::getEntityId));
        return entities.entities(projectId).stream().filter(e -> e.getMergedInto() == null)
                .filter(e -> aliases.containsKey(e.getId()))
                .map(e -> view(e, aliases.get(e.getId()), hidden)).toList();
    }

    /** The entity a name stands for in the project, following merges; empty for a name nobody recorded. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see entities")
    public Optional<EntityView> resolve(long projectId, String name) {
        Set<String> hidden = hiddenNames(projectId);
        String key = EntityNames.lookupKey(name);
        if (hidden.contains(key)) {
            return Optional.empty();
        }
        return entities.alias(projectId, key)
                .map(a -> live(a.getEntityId()))
                .map(e -> view(e, entities.aliases(projectId).stream()
                        .filter(a -> a.getEntityId() == e.getId() && !hidden.contains(a.getLookupKey())).toList(),
                        hidden));
    }

    /** How many names {@link #namesLike} offers at most: a list to pick from, not a search result. */
    static final int NAMES_OFFERED = 8;

    /**
     * The registry's names that match what a coder has typed so far, best first, for picking an entity while coding:
     * each entity once, by its preferred name, found through any of its names in any transliteration ("Kataeb" finds
     * "Kata'ib Hezbollah"). Only names the coder may see are offered, as on the Entities page.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see entities")
    public List<String> namesLike(long projectId, String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_NAME) {
            return List.of();
        }
        record Match(String name, int rank) {
        }
        List<Match> matches = new ArrayList<>();
        for (EntityView entity : entities(projectId)) {
            int best = EntityNames.matchRank(typed, entity.name());
            for (EntityView.AliasView alias : entity.aliases()) {
                int rank = EntityNames.matchRank(typed, alias.alias());
                if (rank >= 0 && (best < 0 || rank < best)) {
                    best = rank;
                }
            }
            if (best >= 0) {
                matches.add(new Match(entity.name(), best));
            }
        }
        return matches.stream().sorted(Comparator.comparingInt(Match::rank)
                .thenComparing(Match::name, String.CASE_INSENSITIVE_ORDER)).map(Match::name).distinct()
                .limit(NAMES_OFFERED).toList();
    }

    /**
     * Records the names a coder just gave in a coding's entity attributes that no entity goes by yet, each as a new,
     * unclassified entity for supervisors to keep (by giving it a kind) or merge. Like names collected from codings,
     * they are shown to other coders only where they may see the coding. Returns how many were new.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "code", writes = true)
    public int recordWhileCoding(long projectId, List<String> names) {
        documents.project(projectId);
        // Every save of a coding comes here: look up the few names given, not the project's every alias.
        Set<String> known = new HashSet<>();
        int recorded = 0;
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String key = EntityNames.lookupKey(name.strip().replaceAll("\\s+", " "));
            if (entities.alias(projectId, key).isPresent()) {
                known.add(key);
            }
            if (recordCollected(projectId, known, name)) {
                recorded++;
            }
        }
        return recorded;
    }

    /**
     * The lookup keys of names collected from codings that the acting user may not see: for supervisors none; for a
     * coder, those that stand in no coding visible to them, except the preferred names of entities a supervisor
     * kept (gave a kind): those are the registry's, for every coder to pick.
     */
    private Set<String> hiddenNames(long projectId) {
        if (access.has(TenantRole.SUPERVISOR)) {
            return Set.of();
        }
        Set<String> kept = entities.entities(projectId).stream()
                .filter(e -> e.getMergedInto() == null && e.getKind() != EntityKind.UNCLASSIFIED)
                .map(e -> EntityNames.lookupKey(e.getName())).collect(Collectors.toSet());
        Map<Long, List<String>> entityFields = entityFields(projectId);
        Set<String> seen = new HashSet<>();
        for (CodingView coding : codings.visibleCodingsOfProject(projectId)) {
            for (String field : entityFields.getOrDefault(coding.claimTypeId(), List.of())) {
                String name = coding.attributes().get(field);
                if (name != null && !name.isBlank()) {
                    seen.add(EntityNames.lookupKey(name.strip().replaceAll("\\s+", " ")));
                }
            }
        }
        return entities.aliases(projectId).stream().filter(EntityAlias::isFromCodings)
                .map(EntityAlias::getLookupKey).filter(key -> !seen.contains(key) && !kept.contains(key))
                .collect(Collectors.toSet());
    }

    /** The names of the entity attributes of each claim type of the project's codebook. */
    private Map<Long, List<String>> entityFields(long projectId) {
        Map<Long, List<String>> entityFields = new HashMap<>();
        for (ClaimTypeView type : codebooks.view(projectId).claimTypes()) {
            entityFields.put(type.id(), type.draft().attributes().stream()
                    .filter(f -> f.type() == AttributeType.ENTITY).map(AttributeField::name).toList());
        }
        return entityFields;
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "record entities", writes = true)
    public EntityView create(long projectId, EntityKind kind, String name) {
        documents.project(projectId);
        String clean = checkedName(name);
        refuseTaken(projectId, clean);
        NamedEntity entity = new NamedEntity(projectId, kind == null ? EntityKind.UNCLASSIFIED : kind, clean,
                access.currentUser().username());
        entities.add(entity);
        EntityAlias alias = new EntityAlias(entity, clean, EntityNames.lookupKey(clean), false);
        entities.add(alias);
        return view(entity, List.of(alias));
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "describe entities", writes = true)
    public EntityView describe(long entityId, EntityKind kind, String name) {
        NamedEntity entity = live(entityId);
        entity.describe(kind == null ? EntityKind.UNCLASSIFIED : kind, checkedName(name));
        return view(entity, aliasesOf(entity));
    }

    /** Another name for the entity that no spelling rule would find: an acronym, a translation (PMU, al-Hashd). */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "declare aliases", writes = true)
    public EntityView declareAlias(long entityId, String alias) {
        NamedEntity entity = live(entityId);
        String clean = checkedName(alias);
        refuseTaken(entity.getProjectId(), clean);
        entities.add(new EntityAlias(entity, clean, EntityNames.lookupKey(clean), true));
        return view(entity, aliasesOf(entity));
    }

    /**
     * Records an entity for every name in the entity attributes of the project's codings that no entity goes by
     * yet; returns how many were recorded. Their kind is left for a supervisor to say.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "record entities", writes = true)
    public int collectFromCodings(long projectId) {
        documents.project(projectId);
        Map<Long, List<String>> entityFields = entityFields(projectId);
        Set<String> known = entities.aliases(projectId).stream().map(EntityAlias::getLookupKey)
                .collect(Collectors.toCollection(HashSet::new));
        int recorded = 0;
        for (CodingView coding : codings.codingsOfProject(projectId)) {
            for (String field : entityFields.getOrDefault(coding.claimTypeId(), List.of())) {
                if (recordCollected(projectId, known, coding.attributes().get(field))) {
                    recorded++;
                }
            }
        }
        return recorded;
    }

    /** Records a name found in a coding as a new, unclassified entity unless one goes by it ({@code known}). */
    private boolean recordCollected(long projectId, Set<String> known, String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            return false;
        }
        String clean = name.strip().replaceAll("\\s+", " ");
        if (!known.add(EntityNames.lookupKey(clean))) {
            return false;
        }
        NamedEntity entity = new NamedEntity(projectId, EntityKind.UNCLASSIFIED, clean,
                access.currentUser().username());
        entities.add(entity);
        entities.add(EntityAlias.collected(entity, clean, EntityNames.lookupKey(clean)));
        return true;
    }

    /** Pairs of entities whose names look like one name spelled two ways, most alike first. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see entities")
    public List<MergeSuggestion> suggestions(long projectId) {
        List<EntityView> live = entities(projectId);
        List<MergeSuggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            for (int j = i + 1; j < live.size(); j++) {
                best(live.get(i), live.get(j)).ifPresent(suggestions::add);
            }
        }
        suggestions.sort(Comparator.comparingDouble(MergeSuggestion::similarity).reversed()
                .thenComparing(s -> s.first().name()));
        return suggestions;
    }

    /** Merges {@code mergedId} into {@code survivorId}: its names go to the survivor; the merge can be undone. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "merge entities", writes = true)
    public MergeView merge(long survivorId, long mergedId) {
        if (survivorId == mergedId) {
            throw new InvalidInputException("error.claims.anEntityCannotBeMerged");
        }
        NamedEntity survivor = live(survivorId);
        NamedEntity merged = live(mergedId);
        if (survivor.getProjectId() != merged.getProjectId()) {
            throw new NotFoundException("error.claims.theseEntitiesAreNotIn");
        }
        aliasesOf(merged).forEach(a -> a.moveTo(survivorId));
        merged.mergeInto(survivorId);
        EntityMerge merge = new EntityMerge(survivor.getProjectId(), survivorId, mergedId,
                access.currentUser().username());
        entities.add(merge);
        return merge.view(survivor.getName(), merged.getName());
    }

    /**
     * Undoes a merge: the merged entity comes back with the names it brought (and those of entities merged into it
     * before), wherever later merges have taken them.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "undo merges", writes = true)
    public MergeView undo(long mergeId) {
        EntityMerge merge = entities.merge(mergeId)
                .orElseThrow(() -> new NotFoundException("error.claims.thisMergeDoesNotExist"));
        if (merge.isUndone()) {
            throw new InvalidInputException("error.claims.thisMergeHasBeenUndone");
        }
        NamedEntity merged = entities.entity(merge.getMergedId()).orElseThrow();
        List<NamedEntity> all = entities.entities(merged.getProjectId());
        Set<Long> tree = new HashSet<>(Set.of(merged.getId()));
        boolean grown = true;
        while (grown) {
            grown = all.stream().filter(e -> e.getMergedInto() != null && tree.contains(e.getMergedInto()))
                    .map(NamedEntity::getId).filter(tree::add).count() > 0;
        }
        entities.aliases(merged.getProjectId()).stream().filter(a -> tree.contains(a.getOriginId()))
                .forEach(a -> a.moveTo(merged.getId()));
        merged.unmerge();
        merge.undo(access.currentUser().username());
        Map<Long, String> names = all.stream().collect(Collectors.toMap(NamedEntity::getId, NamedEntity::getName));
        return merge.view(names.get(merge.getSurvivorId()), merged.getName());
    }

    /** Every merge of the project, newest first, with whether it was undone; for a coder, of names they may see. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "see entities")
    public List<MergeView> merges(long projectId) {
        documents.project(projectId);
        Set<String> hidden = hiddenNames(projectId);
        Map<Long, String> names = entities.entities(projectId).stream()
                .filter(e -> !hidden.contains(EntityNames.lookupKey(e.getName())))
                .collect(Collectors.toMap(NamedEntity::getId, NamedEntity::getName));
        return entities.merges(projectId).stream()
                .filter(m -> names.containsKey(m.getSurvivorId()) && names.containsKey(m.getMergedId()))
                .map(m -> m.view(names.get(m.getSurvivorId()), names.get(m.getMergedId()))).toList();
    }

    private Optional<MergeSuggestion> best(EntityView first, EntityView second) {
        MergeSuggestion best = null;
        for (EntityView.AliasView a : first.aliases()) {
            for (EntityView.AliasView b : second.aliases()) {
                String why = EntityNames.whyAlike(a.alias(), b.alias());
                if (why == null) {
                    continue;
                }
                double similarity = Math.max(EntityNames.similarity(a.alias(), b.alias()), EntityNames.THRESHOLD);
                if (best == null || similarity > best.similarity()) {
                    best = new MergeSuggestion(first, second, a.alias(), b.alias(), similarity, why);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The entity, or the one it was merged into (following merges). */
    private NamedEntity live(long entityId) {
        NamedEntity entity = entities.entity(entityId)
                .orElseThrow(() -> new NotFoundException("error.claims.thisEntityDoesNotExist"));
        Set<Long> seen = new HashSet<>();
        while (entity.getMergedInto() != null && seen.add(entity.getId())) {
            entity = entities.entity(entity.getMergedInto()).orElseThrow();
        }
        return entity;
    }

    private List<EntityAlias> aliasesOf(NamedEntity entity) {
        return entities.aliases(entity.getProjectId()).stream().filter(a -> a.getEntityId() == entity.getId())
                .toList();
    }

    private void refuseTaken(long projectId, String name) {
        entities.alias(projectId, EntityNames.lookupKey(name)).ifPresent(a -> {
            throw new InvalidInputException("error.claims.alreadyNames", name, live(a.getEntityId()).getName());
        });
    }

    private static String checkedName(String name) {
        String clean = PlainText.line(name == null ? "" : name.strip(), "the name").replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidInputException("error.claims.giveAName");
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException("error.claims.aNameCanHaveAt", MAX_NAME);
        }
        return clean;
    }

    /** The entity with {@code aliases}; named by its first visible alias when its own name is {@code hidden}. */
    private static EntityView view(NamedEntity entity, List<EntityAlias> aliases, Set<String> hidden) {
        if (aliases.isEmpty() || !hidden.contains(EntityNames.lookupKey(entity.getName()))) {
            return view(entity, aliases);
        }
        return new EntityView(entity.getId(), entity.getProjectId(), entity.getKind(), aliases.get(0).getAlias(),
                viewsOf(aliases));
    }

    private static EntityView view(NamedEntity entity, List<EntityAlias> aliases) {
        return new EntityView(entity.getId(), entity.getProjectId(), entity.getKind(), entity.getName(),
                viewsOf(aliases));
    }

    private static List<EntityView.AliasView> viewsOf(List<EntityAlias> aliases) {
        return aliases.stream().map(a -> new EntityView.AliasView(a.getId(), a.getAlias(), a.isDeclared()))
                .sorted(Comparator.comparing(EntityView.AliasView::alias, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
