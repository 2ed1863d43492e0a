package org.concordia.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.concordia.audit.model.AuditAction;
import org.concordia.audit.model.AuditEntry;
import org.concordia.audit.model.FieldChange;
import org.concordia.platform.persistence.AuditRevision;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * Reads the Envers audit tables of every audited entity that belongs to a tenant (has a {@code tenantId}), so a
 * feature that adds an audited entity appears in the audit trail without changes here. Audit queries are not
 * filtered by Hibernate's tenant id: each one here names the tenant explicitly.
 */
@ApplicationScoped
public class EnversAuditLog {

    private static final String TENANT = "tenantId";
    private static final List<String> NOT_SHOWN = List.of("id", "version", TENANT);
    private static final List<String> LABELS = List.of("name", "username", "code", "title");

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    /** The kinds of object whose history the audit trail shows, by lower-case name. */
    public List<String> auditedTypes() {
        return tenantOwnedAuditedTypes().stream().map(EnversAuditLog::typeName).toList();
    }

    /**
     * Changes in {@code tenantId}, newest first, at most {@code limit}; narrowed to one object when {@code type} and
     * {@code id} are given, and to one person's changes when {@code username} is given.
     */
    public List<AuditEntry> changes(String tenantId, String type, Long id, String username, int limit) {
        List<AuditEntry> entries = new ArrayList<>();
        for (EntityType<?> entityType : tenantOwnedAuditedTypes()) {
            if (type == null || typeName(entityType).equals(type)) {
                entries.addAll(changesOf(entityType, tenantId, id, username, limit));
            }
        }
        entries.sort(Comparator.comparingLong(AuditEntry::revision).reversed()
                .thenComparing(AuditEntry::type).thenComparing(AuditEntry::objectId));
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    private List<AuditEntry> changesOf(EntityType<?> type, String tenantId, Long id, String username, int limit) {
        AuditReader reader = AuditReaderFactory.get(em);
        AuditQuery query = reader.createQuery().forRevisionsOfEntity(type.getJavaType(), false, true)
                .add(AuditEntity.property(TENANT).eq(tenantId));
        if (id != null) {
            query.add(AuditEntity.id().eq(id));
        }
        if (username != null) {
            query.add(AuditEntity.revisionProperty("username").eq(username));
        }
        query.addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit);
        List<AuditEntry> entries = new ArrayList<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Object after = columns[0];
            AuditRevision revision = (AuditRevision) columns[1];
            RevisionType kind = (RevisionType) columns[2];
            Object objectId = value(after, type.getId(type.getIdType().getJavaType()));
            Optional<Object> before = kind == RevisionType.ADD ? Optional.empty()
                    : previous(reader, type, tenantId, objectId, revision.getId());
            entries.add(new AuditEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUsername(), typeName(type), String.valueOf(objectId), labelOf(type, after),
                    actionOf(kind), named(reader, tenantId, fieldChanges(type, before.orElse(null),
                            kind == RevisionType.DEL ? null : after), names)));
        }
        return entries;
    }

    /**
     * The changes with the names of the objects their id fields point to: {@code claimTypeId} 12 is the claim type
     * "Stance", as its latest audited state in the same tenant names it. Looked up once per id and call.
     */
    private List<FieldChange> named(AuditReader reader, String tenantId, List<FieldChange> changes,
            java.util.Map<String, String> names) {
        List<FieldChange> out = new ArrayList<>(changes.size());
        for (FieldChange change : changes) {
            EntityType<?> target = referencedType(change.field());
            if (target == null) {
                out.add(change);
                continue;
            }
            out.add(new FieldChange(change.field(), change.before(), change.after(),
                    nameOf(reader, tenantId, target, change.before(), names),
                    nameOf(reader, tenantId, target, change.after(), names)));
        }
        return out;
    }

    /** The audited, tenant-owned entity a field such as {@code claimTypeId} refers to; null for other fields. */
    private EntityType<?> referencedType(String field) {
        if (!field.endsWith("Id") || field.equals(TENANT) || field.length() <= 2) {
            return null;
        }
        String name = field.substring(0, field.length() - 2).toLowerCase(Locale.ROOT);
        return tenantOwnedAuditedTypes().stream().filter(t -> typeName(t).equals(name))
                .filter(t -> t.getIdType().getJavaType() == Long.class || t.getIdType().getJavaType() == long.class)
                .findFirst().orElse(null);
    }

    private String nameOf(AuditReader reader, String tenantId, EntityType<?> type, String id,
            java.util.Map<String, String> names) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        String key = typeName(type) + ":" + id;
        if (!names.containsKey(key)) {
            List<?> found = reader.createQuery().forRevisionsOfEntity(type.getJavaType(), true, true)
                    .add(AuditEntity.property(TENANT).eq(tenantId))
                    .add(AuditEntity.id().eq(Long.valueOf(id)))
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(1)
                    .getResultList();
            String label = found.isEmpty() ? "" : labelOf(type, found.get(0));
            names.put(key, label.isBlank() ? null : label);
        }
        return names.get(key);
    }

    private Optional<Object> previous(AuditReader reader, EntityType<?> type, String tenantId, Object id, long rev) {
        List<?> found = reader.createQuery().forRevisionsOfEntity(type.getJavaType(), true, true)
                .add(AuditEntity.property(TENANT).eq(tenantId))
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().lt(rev))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return found.stream().map(Object.class::cast).findFirst();
    }

    private static List<FieldChange> fieldChanges(EntityType<?> type, Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        type.getSingularAttributes().stream()
                .filter(a -> !NOT_SHOWN.contains(a.getName()))
                .sorted(Comparator.comparing(Attribute::getName))
                .forEach(attribute -> {
                    String old = text(before == null ? null : value(before, attribute));
                    String now = text(after == null ? null : value(after, attribute));
                    if (!Objects.equals(old, now)) {
                        changes.add(new FieldChange(attribute.getName(), old, now));
                    }
                });
        return changes;
    }

    private List<EntityType<?>> tenantOwnedAuditedTypes() {
        AuditReader reader = AuditReaderFactory.get(em);
        return em.getMetamodel().getEntities().stream()
                .filter(t -> reader.isEntityClassAudited(t.getJavaType()))
                .filter(t -> t.getSingularAttributes().stream().anyMatch(a -> a.getName().equals(TENANT)))
                .sorted(Comparator.comparing(EnversAuditLog::typeName))
                .<EntityType<?>>map(t -> t)
                .toList();
    }

    private static String labelOf(EntityType<?> type, Object entity) {
        for (String name : LABELS) {
            for (SingularAttribute<?, ?> attribute : type.getSingularAttributes()) {
                if (attribute.getName().equals(name)) {
                    return text(value(entity, attribute));
                }
            }
        }
        return "";
    }

    private static AuditAction actionOf(RevisionType kind) {
        return switch (kind) {
            case ADD -> AuditAction.CREATED;
            case MOD -> AuditAction.CHANGED;
            case DEL -> AuditAction.DELETED;
        };
    }

    static String typeName(EntityType<?> type) {
        return type.getName().toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static Object value(Object entity, Attribute<?, ?> attribute) {
        Member member = attribute.getJavaMember();
        if (!(member instanceof Field field)) {
            return null;
        }
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + attribute.getName(), e);
        }
    }
}
