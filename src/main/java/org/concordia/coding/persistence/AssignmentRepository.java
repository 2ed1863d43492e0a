package org.concordia.coding.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.coding.model.Assignment;

/** Assignments of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class AssignmentRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public List<Assignment> forProject(long projectId) {
        return em.createQuery("select a from Assignment a where a.projectId = :project order by a.documentId, a.coder",
                        Assignment.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** What changes whenever an assignment of the project is made, submitted, reopened or revealed. */
    public String fingerprint(long projectId) {
        Object[] row = em.createQuery("select count(a), count(a.submittedAt), max(a.submittedAt), count(a.revealedAt),"
                        + " sum(a.id) from Assignment a where a.projectId = :project", Object[].class)
                .setParameter("project", projectId)
                .getSingleResult();
        return java.util.Arrays.toString(row);
    }

    public List<Assignment> forDocument(long documentId) {
        return em.createQuery("select a from Assignment a where a.documentId = :document order by a.coder",
                        Assignment.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    public List<Assignment> forCoder(String coder) {
        return em.createQuery("select a from Assignment a where a.coder = :coder order by a.dueOn, a.id",
                        Assignment.class)
                .setParameter("coder", coder)
                .getResultList();
    }

    public Optional<Assignment> find(long id) {
        return em.createQuery("select a from Assignment a where a.id = :id", Assignment.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Optional<Assignment> find(long documentId, String coder) {
        return em.createQuery("select a from Assignment a where a.documentId = :document and a.coder = :coder",
                        Assignment.class)
                .setParameter("document", documentId)
                .setParameter("coder", coder)
                .getResultStream().findFirst();
    }

    public void add(Assignment assignment) {
        em.persist(assignment);
    }
}
