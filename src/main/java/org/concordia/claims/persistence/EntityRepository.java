package org.concordia.claims.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.claims.model.EntityAlias;
import org.concordia.claims.model.EntityMerge;
import org.concordia.claims.model.NamedEntity;

/** Entities, aliases and merges of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class EntityRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    /** Every entity of the project, merged ones included. */
    public List<NamedEntity> entities(long projectId) {
        return em.createQuery("select e from NamedEntity e where e.projectId = :project order by lower(e.name)",
                        NamedEntity.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public Optional<NamedEntity> entity(long id) {
        return em.createQuery("select e from NamedEntity e where e.id = :id", NamedEntity.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public void add(NamedEntity entity) {
        em.persist(entity);
        em.flush();
    }

    public List<EntityAlias> aliases(long projectId) {
        return em.createQuery("select a from EntityAlias a where a.projectId = :project order by lower(a.alias)",
                        EntityAlias.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public Optional<EntityAlias> alias(long projectId, String lookupKey) {
        return em.createQuery("select a from EntityAlias a where a.projectId = :project and a.lookupKey = :key",
                        EntityAlias.class)
                .setParameter("project", projectId)
                .setParameter("key", lookupKey)
                .getResultStream().findFirst();
    }

    public void add(EntityAlias alias) {
        em.persist(alias);
    }

    public List<EntityMerge> merges(long projectId) {
        return em.createQuery("select m from EntityMerge m where m.projectId = :project order by m.mergedAt desc,"
                        + " m.id desc", EntityMerge.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public Optional<EntityMerge> merge(long id) {
        return em.createQuery("select m from EntityMerge m where m.id = :id", EntityMerge.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public void add(EntityMerge merge) {
        em.persist(merge);
    }
}
