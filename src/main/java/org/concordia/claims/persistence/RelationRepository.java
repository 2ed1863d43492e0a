package org.concordia.claims.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.claims.model.Relation;

/** Relation vocabularies of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class RelationRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public List<Relation> forProject(long projectId) {
        return em.createQuery("select r from Relation r where r.projectId = :project order by r.family, r.name",
                        Relation.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public Optional<Relation> find(long id) {
        return em.createQuery("select r from Relation r where r.id = :id", Relation.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public void add(Relation relation) {
        em.persist(relation);
        em.flush();
    }
}
