package org.concordia.search.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.function.Function;
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
        return postgresql() ? findInTermIndex(projectId, documentIds, groups, limit)
                : findWithLike(projectId, documentIds, groups, limit);
    }

    private List<Object[]> findWithLike(long projectId, Collection<Long> documentIds,
            List<List<List<String>>> groups, int limit) {
        List<String> terms = new ArrayList<>();
        String where = condition(groups, alternative -> alternative.stream().map(term -> {
            terms.add("% " + LikePatterns.escaped(term) + " %");
            return "p.terms like :t" + (terms.size() - 1) + " escape '!'";
        }).collect(Collectors.joining(" and ")));
        TypedQuery<Object[]> query = em.createQuery("select p.documentId, p.passageId, p.position"
                        + " from IndexedPassage p where p.projectId = :project and p.documentId in :documents"
                        + where + " order by p.documentId, p.position", Object[].class)
                .setParameter("project", projectId)
                .setParameter("documents", documentIds)
                .setMaxResults(limit);
        for (int n = 0; n < terms.size(); n++) {
            query.setParameter("t" + n, terms.get(n));
        }
        return query.getResultList();
    }

    /**
     * The same as {@link #findWithLike} on PostgreSQL: an alternative is the passages whose terms contain all of its
     * terms ({@link TermIndexFunction}), which the GIN index answers.
     */
    private List<Object[]> findInTermIndex(long projectId, Collection<Long> documentIds,
            List<List<List<String>>> groups, int limit) {
        List<String> wanted = new ArrayList<>();
        String where = condition(groups, alternative -> {
            wanted.add(String.join(" ", alternative));
            return TermIndexFunction.NAME + "(p.terms, :t" + (wanted.size() - 1) + ")";
        });
        TypedQuery<Object[]> query = em.createQuery("select p.documentId, p.passageId, p.position"
                        + " from IndexedPassage p where p.projectId = :project and p.documentId in :documents"
                        + where + " order by p.documentId, p.position", Object[].class)
                .setParameter("project", projectId)
                .setParameter("documents", documentIds)
                .setMaxResults(limit);
        for (int n = 0; n < wanted.size(); n++) {
            query.setParameter("t" + n, wanted.get(n));
        }
        return query.getResultList();
    }

    /** " and (alternative or alternative ...)" for every group, each alternative as {@code alternative} writes it. */
    private static String condition(List<List<List<String>>> groups, Function<List<String>, String> alternative) {
        return groups.stream().map(group -> group.stream().map(a -> "(" + alternative.apply(a) + ")")
                .collect(Collectors.joining(" or ", " and (", ")"))).collect(Collectors.joining());
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
