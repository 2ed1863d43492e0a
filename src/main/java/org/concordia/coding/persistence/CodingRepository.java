package org.concordia.coding.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.coding.model.Coding;

/** Codings of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class CodingRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    /** Everybody's codings of a document, in text order. */
    /** Read-only (not dirty-checked at commit): what screens and counts read, thousands at a time. */
    public List<Coding> forDocument(long documentId) {
        return em.createQuery("select c from Coding c where c.documentId = :document order by c.startOffset, c.id",
                        Coding.class)
                .setParameter("document", documentId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** One coder's codings of a document, in text order. */
    public List<Coding> forDocument(long documentId, String coder) {
        return em.createQuery("select c from Coding c where c.documentId = :document and c.coder = :coder"
                        + " order by c.startOffset, c.id", Coding.class)
                .setParameter("document", documentId)
                .setParameter("coder", coder)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    public Optional<Coding> find(long id) {
        return em.createQuery("select c from Coding c where c.id = :id", Coding.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public void add(Coding coding) {
        em.persist(coding);
        em.flush();
    }

    public void remove(Coding coding) {
        em.remove(coding);
    }
}
