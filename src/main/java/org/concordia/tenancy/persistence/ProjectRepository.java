package org.concordia.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.tenancy.model.Project;

/** Projects of the current tenant; Hibernate adds the tenant to every query here. */
@ApplicationScoped
public class ProjectRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public List<Project> listByName() {
        return em.createNamedQuery("Project.listByName", Project.class).getResultList();
    }

    /**
     * The project with this id in the current tenant. {@code find} by primary key is not filtered by Hibernate's
     * tenant id, hence the query.
     */
    public Optional<Project> find(long id) {
        return em.createQuery("select p from Project p where p.id = :id", Project.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public boolean nameTaken(String name, Long excludedId) {
        return em.createNamedQuery("Project.countByName", Long.class)
                .setParameter("name", name.strip())
                .setParameter("excludedId", excludedId == null ? -1L : excludedId)
                .getSingleResult() > 0;
    }

    public void add(Project project) {
        em.persist(project);
        em.flush();
    }
}
