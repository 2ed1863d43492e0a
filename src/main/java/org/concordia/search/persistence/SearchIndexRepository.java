package org.concordia.search.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
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

    private volatile Boolean postgresql;

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
     * matched as whole words of the stored terms: on PostgreSQL through its GIN index over the terms (migration
     * {@code db/postgresql/search}), elsewhere with LIKE, which reads every passage of the documents.
     */
    public List<Object[]> find(long projectId, Collection<Long> documentIds, List<List<List<String>>> groups,
            int limit) {
        List<String> parameters = new ArrayList<>();
        boolean termIndex = postgresql();
        String where = groups.stream().map(group -> group.stream()
                        .map(alternative -> "(" + (termIndex ? inTermIndex(alternative, parameters)
                                : withLike(alternative, parameters)) + ")")
                        .collect(Collectors.joining(" or ", " and (", ")")))
                .collect(Collectors.joining());
        TypedQuery<Object[]> query = em.createQuery("select p.documentId, p.passageId, p.position"
                        + " from IndexedPassage p where p.projectId = :project and p.documentId in :documents"
                        + where + " order by p.documentId, p.position", Object[].class)
                .setParameter("project", projectId)
                .setParameter("documents", documentIds)
                .setMaxResults(limit);
        for (int n = 0; n < parameters.size(); n++) {
            query.setParameter("t" + n, parameters.get(n));
        }
        return query.getResultList();
    }

    /** An alternative on PostgreSQL: its terms all in the passage's ({@link TermIndexFunction}, the GIN index). */
    private static String inTermIndex(List<String> alternative, List<String> parameters) {
        parameters.add(String.join(" ", alternative));
        return TermIndexFunction.NAME + "(p.terms, :t" + (parameters.size() - 1) + ")";
    }

    /** An alternative elsewhere: each of its terms a whole word of the passage's, matched with LIKE. */
    private static String withLike(List<String> alternative, List<String> parameters) {
        return alternative.stream().map(term -> {
            parameters.add("% " + LikePatterns.escaped(term) + " %");
            return "p.terms like :t" + (parameters.size() - 1) + " escape '!'";
        }).collect(Collectors.joining(" and "));
    }

    private boolean postgresql() {
        Boolean known = postgresql;
        if (known == null) {
            known = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                    .getDialect() instanceof PostgreSQLDialect;
            postgresql = known;
        }
        return known;
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
