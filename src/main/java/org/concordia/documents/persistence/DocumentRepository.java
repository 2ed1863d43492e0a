package org.concordia.documents.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.documents.model.Document;
import org.concordia.documents.model.DocumentFile;
import org.concordia.documents.model.Passage;

/** Documents, passages and original files of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public List<Document> listForProject(long projectId) {
        return em.createQuery("select d from Document d where d.projectId = :project order by lower(d.title), d.id",
                        Document.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** By id in the current tenant; {@code find} by primary key would not be filtered by tenant. */
    public Optional<Document> find(long id) {
        return em.createQuery("select d from Document d where d.id = :id", Document.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Optional<Document> findBySha(long projectId, String sha256) {
        return em.createQuery("select d from Document d where d.projectId = :project and d.sha256 = :sha",
                        Document.class)
                .setParameter("project", projectId)
                .setParameter("sha", sha256)
                .getResultStream().findFirst();
    }

    public List<Passage> passagesOf(long documentId) {
        return em.createQuery("select p from Passage p where p.documentId = :document order by p.position",
                        Passage.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    public Optional<Passage> findPassage(long id) {
        return em.createQuery("select p from Passage p where p.id = :id", Passage.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public long countForProject(long projectId) {
        return em.createQuery("select count(d) from Document d where d.projectId = :project", Long.class)
                .setParameter("project", projectId)
                .getSingleResult();
    }

    public void add(Document document, List<Passage> passages, DocumentFile file) {
        em.persist(document);
        em.flush();
        passages.forEach(em::persist);
        em.persist(file);
    }

    public Document addDocument(Document document) {
        em.persist(document);
        em.flush();
        return document;
    }

    public void addAll(List<?> entities) {
        entities.forEach(em::persist);
    }
}
