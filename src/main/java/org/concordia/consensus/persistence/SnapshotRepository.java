package org.concordia.consensus.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.consensus.model.AgreementSnapshot;
import org.concordia.consensus.model.Exercise;

/** Agreement snapshots and exercises of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class SnapshotRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public void add(AgreementSnapshot snapshot) {
        em.persist(snapshot);
    }

    /** Newest first, without their data. */
    public List<AgreementSnapshot> forProject(long projectId) {
        return em.createQuery("select s from AgreementSnapshot s where s.projectId = :project"
                        + " order by s.computedAt desc, s.id desc", AgreementSnapshot.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public Optional<AgreementSnapshot> find(long id) {
        return em.createQuery("select s from AgreementSnapshot s where s.id = :id", AgreementSnapshot.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public void addExercise(Exercise exercise) {
        em.persist(exercise);
        em.flush();
    }

    public Optional<Exercise> exercise(long documentId) {
        return em.createQuery("select e from Exercise e where e.documentId = :document", Exercise.class)
                .setParameter("document", documentId)
                .getResultStream().findFirst();
    }

    public List<Exercise> exercises() {
        return em.createQuery("select e from Exercise e order by e.markedAt desc", Exercise.class).getResultList();
    }

    public void removeExercise(Exercise exercise) {
        em.remove(exercise);
    }
}
