package org.concordia.search.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.concordia.platform.persistence.LikePatterns;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.concordia.search.model.IndexedDocument;
import org.concordia.search.model.IndexedPassage;

/** The search index's tables: which documents are indexed at which state, and their passages' terms. */
@ApplicationScoped
public class SearchIndexRepository {

    @PersistenceContext
    EntityManager em;

    public List<IndexedDocument> documents(long projectId) {
        return em.createQuery("select d from IndexedDocument d where d.projectId = :project", IndexedDocument.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public Optional<IndexedDocument> document(long documentId) {
        return em.createQuery("select d from IndexedDocument d where d.documentId = :document",
                        IndexedDocument.class)
                .setParameter("document", documentId)
                .getResultStream().findFirst();
    }

    public void add(Object row) {
        em.persist(row);
    }

    public void removePassagesOf(long documentId) {
        em.createQuery("delete from IndexedPassage p where p.documentId = :document")
                .setParameter("document", documentId)
                .executeUpdate();
    }

    /**
     * The passages of these documents that have, for every group, all the terms of one of its alternatives: rows of
     * document id, passage id and position, in document and reading order; at most {@code limit}. The terms are
     * matched as whole words of the stored terms, with LIKE, so the same query runs on H2 and PostgreSQL.
     */
    public List<Object[]> find(long projectId, Collection<Long> documentIds, List<List<List<String>>> groups,
            int limit) {
        StringBuilder where = new StringBuilder();
        int n = 0;
        for (List<List<String>> group : groups) {
            where.append(" and (");
            for (int a = 0; a < group.size(); a++) {
                where.append(a == 0 ? "(" : " or (");
                for (int t = 0; t < group.get(a).size(); t++) {
                    where.append(t == 0 ? "" : " and ").append("p.terms like :t").append(n++).append(" escape '!'");
                }
                where.append(")");
            }
            where.append(")");
        }
        TypedQuery<Object[]> query = em.createQuery("select p.documentId, p.passageId, p.position"
                        + " from IndexedPassage p where p.projectId = :project and p.documentId in :documents"
                        + where + " order by p.documentId, p.position", Object[].class)
                .setParameter("project", projectId)
                .setParameter("documents", documentIds)
                .setMaxResults(limit);
        n = 0;
        for (List<List<String>> group : groups) {
            for (List<String> alternative : group) {
                for (String term : alternative) {
                    query.setParameter("t" + n++, "% " + LikePatterns.escaped(term) + " %");
                }
            }
        }
        return query.getResultList();
    }


    /** Where these passages are: rows of passage id, document id and position, for the indexed ones. */
    public List<Object[]> locate(Collection<Long> passageIds) {
        if (passageIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p.passageId, p.documentId, p.position from IndexedPassage p"
                        + " where p.passageId in :passages", Object[].class)
                .setParameter("passages", passageIds)
                .getResultList();
    }
}
