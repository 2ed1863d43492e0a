package org.concordia.documents.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordia.documents.model.DocumentGroup;
import org.concordia.documents.model.DocumentVariable;

/** Groups of documents and documents' variables, in the current tenant (Hibernate's tenant filter). */
@ApplicationScoped
public class DocumentGroupRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public List<DocumentGroup> groupsOf(long projectId) {
        return em.createQuery("select g from DocumentGroup g where g.projectId = :project order by lower(g.name)",
                DocumentGroup.class).setParameter("project", projectId).getResultList();
    }

    /** By id in the current tenant; {@code find} by primary key would not be filtered by tenant. */
    public Optional<DocumentGroup> find(long id) {
        return em.createQuery("select g from DocumentGroup g where g.id = :id", DocumentGroup.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public boolean nameTaken(long projectId, String name) {
        return !em.createQuery("select g.id from DocumentGroup g where g.projectId = :project"
                        + " and lower(g.name) = lower(:name)", Long.class)
                .setParameter("project", projectId).setParameter("name", name).setMaxResults(1)
                .getResultList().isEmpty();
    }

    public void add(DocumentGroup group) {
        em.persist(group);
    }

    public void remove(DocumentGroup group) {
        em.remove(group);
    }

    /** A document's variables in their order, name to value. */
    public Map<String, String> variablesOf(long documentId) {
        Map<String, String> variables = new LinkedHashMap<>();
        em.createQuery("select v from DocumentVariable v where v.documentId = :document order by v.position",
                        DocumentVariable.class).setParameter("document", documentId).getResultStream()
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        return variables;
    }

    /** The variables of every document of a project that has any, by document id: one query for a whole list. */
    public Map<Long, Map<String, String>> variablesOfProject(long projectId) {
        Map<Long, Map<String, String>> byDocument = new LinkedHashMap<>();
        em.createQuery("select v from DocumentVariable v where v.documentId in (select d.id from Document d"
                        + " where d.projectId = :project) order by v.documentId, v.position", DocumentVariable.class)
                .setParameter("project", projectId).getResultStream()
                .forEach(v -> byDocument.computeIfAbsent(v.getDocumentId(), d -> new LinkedHashMap<>())
                        .put(v.getName(), v.getValue()));
        return byDocument;
    }

    /** Locks the document's row until the transaction ends: updates of its variables that check a version queue. */
    public void lockDocument(long documentId) {
        em.createQuery("select d from Document d where d.id = :id", org.concordia.documents.model.Document.class)
                .setParameter("id", documentId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The document's variables become exactly these, in this order. */
    public void replaceVariables(long documentId, Map<String, String> variables) {
        em.createQuery("delete from DocumentVariable v where v.documentId = :document")
                .setParameter("document", documentId).executeUpdate();
        int position = 0;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            em.persist(new DocumentVariable(documentId, position++, variable.getKey(), variable.getValue()));
        }
    }
}
