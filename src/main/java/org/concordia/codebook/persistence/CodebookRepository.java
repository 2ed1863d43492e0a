package org.concordia.codebook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.codebook.model.ClaimType;
import org.concordia.codebook.model.Codebook;
import org.concordia.codebook.model.CodebookChange;

/** Codebooks, claim types and change logs of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class CodebookRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public Optional<Codebook> findCodebook(long projectId) {
        return em.createQuery("select c from Codebook c where c.projectId = :project", Codebook.class)
                .setParameter("project", projectId)
                .getResultStream().findFirst();
    }

    public List<ClaimType> claimTypes(long projectId) {
        return em.createQuery("select t from ClaimType t where t.projectId = :project order by t.position, t.id",
                        ClaimType.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public Optional<ClaimType> findClaimType(long id) {
        return em.createQuery("select t from ClaimType t where t.id = :id", ClaimType.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public List<CodebookChange> changes(long projectId) {
        return em.createQuery("select c from CodebookChange c where c.projectId = :project order by c.id desc",
                        CodebookChange.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public void removeChanges(long projectId) {
        em.createQuery("delete from CodebookChange c where c.projectId = :project")
                .setParameter("project", projectId).executeUpdate();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** Writes pending changes now, so that the versions read next are the new ones. */
    public void flush() {
        em.flush();
    }

    public void remove(ClaimType claimType) {
        em.remove(claimType);
    }
}
