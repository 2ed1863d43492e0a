package org.concordia.claims.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.concordia.claims.model.Verdict;

/** Verdicts of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class VerdictRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    /** Every verdict of the project, newest first. */
    public List<Verdict> forProject(long projectId) {
        return em.createQuery("select v from Verdict v where v.projectId = :project order by v.decidedAt desc,"
                        + " v.id desc", Verdict.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public void add(Verdict verdict) {
        em.persist(verdict);
    }
}
