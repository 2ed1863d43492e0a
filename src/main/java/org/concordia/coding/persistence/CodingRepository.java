package org.concordia.coding.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.concordia.coding.model.AppliedClaimType;
import org.concordia.coding.model.AttributeValues;
import org.concordia.coding.model.CodedSpan;
import org.concordia.coding.model.CodedValue;
import org.concordia.coding.model.CodingPage;
import org.concordia.coding.model.Coding;
import org.concordia.coding.model.CodingTally;
import org.concordia.coding.model.CodingView;
import org.concordia.platform.persistence.LikePatterns;

/** Codings of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class CodingRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    /**
     * The JPQL condition on codings {@code c} that keeps, when a coder is named (parameter {@code :coder}), those she
     * may see: her own, and everybody's in the documents whose codings a supervisor revealed to her. Nothing when
     * none is named (a supervisor sees everybody's).
     */
    private static String visibleTo(String coder) {
        return coder == null ? "" : " and (c.coder = :coder or c.documentId in (select a.documentId from Assignment a"
                + " where a.coder = :coder and a.revealedAt is not null))";
    }

    /** Everybody's codings of a document as views, by position: read as columns, never as managed entities. */
    /**
     * A document's codings by position. Sorted here rather than by the database: a document's codings fit in memory
     * anyway, and the embedded database would otherwise buffer and compare every row before returning the first.
     */
    public List<CodingView> forDocument(long documentId) {
        return em.createQuery("select " + Coding.VIEW_COLUMNS + " from Coding c where c.documentId = :document",
                        Object[].class)
                .setParameter("document", documentId)
                .getResultStream().map(Coding::view).sorted(BY_POSITION).toList();
    }

    private static final Comparator<CodingView> BY_POSITION = Comparator.comparingInt(CodingView::start)
            .thenComparingLong(CodingView::id);

    /**
     * Every coding of a project as views, read as plain columns: no entities to build, register and detach, which
     * matters at tens of thousands of codings.
     */
    public List<CodingView> viewsOfProject(long projectId) {
        return em.createQuery("select " + Coding.VIEW_COLUMNS + " from Coding c where c.projectId = :project"
                        + " order by c.documentId, c.startOffset, c.id", Object[].class)
                .setParameter("project", projectId)
                .getResultStream().map(Coding::view).toList();
    }

    public long countOfProject(long projectId) {
        return em.createQuery("select count(c) from Coding c where c.projectId = :project", Long.class)
                .setParameter("project", projectId)
                .getSingleResult();
    }

    /**
     * How many codings the project has of each claim type, by claim type id; of those a coder may see, if named
     * ({@link #visibleTo}).
     */
    public java.util.Map<Long, Long> countsByClaimType(long projectId, String coder) {
        var query = em.createQuery("select c.claimTypeId, count(c) from Coding c where c.projectId = :project"
                        + visibleTo(coder) + " group by c.claimTypeId", Object[].class)
                .setParameter("project", projectId);
        if (coder != null) {
            query.setParameter("coder", coder);
        }
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * How many codings each claim type has in each document of a project: rows of claim type id, document id,
     * count; of those a coder may see, if named. Counted by the database, for tables of a thousand documents.
     */
    public List<Object[]> countsByClaimTypeAndDocument(long projectId, String coder) {
        var query = em.createQuery("select c.claimTypeId, c.documentId, count(c) from Coding c"
                        + " where c.projectId = :project" + visibleTo(coder)
                        + " group by c.claimTypeId, c.documentId", Object[].class)
                .setParameter("project", projectId);
        if (coder != null) {
            query.setParameter("coder", coder);
        }
        return query.getResultList();
    }

    /**
     * Where each coding of a project lies, without its attributes and memo; of those a coder may see, if named.
     */
    public List<CodedSpan> spansOfProject(long projectId, String coder) {
        var query = em.createQuery("select c.coder, c.documentId, c.passageId, c.claimTypeId, c.startOffset,"
                        + " c.endOffset"
                        + " from Coding c where c.projectId = :project" + visibleTo(coder), Object[].class)
                .setParameter("project", projectId);
        if (coder != null) {
            query.setParameter("coder", coder);
        }
        return query.getResultStream().map(row -> new CodedSpan((String) row[0], (Long) row[1], (Long) row[2],
                (Long) row[3], (Integer) row[4], (Integer) row[5])).toList();
    }

    /**
     * The project's co-occurrences ({@link org.concordia.coding.model.CoOccurrence}): for each pair of claim types,
     * the passages where one coder applied both, their spans overlapping if {@code overlapping}; for each claim type
     * alone, the passages where it was applied. Of the codings a coder may see, if named ({@link #visibleTo}: the two
     * codings of a pair are one coder's in one passage, so what holds of one holds of the other).
     */
    public List<org.concordia.coding.model.CoOccurrence> coOccurrences(long projectId, boolean overlapping,
            String coder) {
        List<org.concordia.coding.model.CoOccurrence> cells = new java.util.ArrayList<>();
        var pairs = em.createQuery("select c.claimTypeId, b.claimTypeId, count(distinct c.passageId)"
                        + " from Coding c, Coding b where c.projectId = :project and b.projectId = :project"
                        + " and b.passageId = c.passageId and b.coder = c.coder and c.claimTypeId < b.claimTypeId"
                        + (overlapping ? " and c.startOffset < b.endOffset and b.startOffset < c.endOffset" : "")
                        + visibleTo(coder) + " group by c.claimTypeId, b.claimTypeId", Object[].class)
                .setParameter("project", projectId);
        var alone = em.createQuery("select c.claimTypeId, c.claimTypeId, count(distinct c.passageId)"
                        + " from Coding c where c.projectId = :project" + visibleTo(coder)
                        + " group by c.claimTypeId", Object[].class)
                .setParameter("project", projectId);
        if (coder != null) {
            pairs.setParameter("coder", coder);
            alone.setParameter("coder", coder);
        }
        for (var query : List.of(pairs, alone)) {
            query.getResultList().forEach(row -> cells.add(new org.concordia.coding.model.CoOccurrence(
                    (Long) row[0], (Long) row[1], ((Number) row[2]).longValue())));
        }
        return cells;
    }

    /**
     * The values of the attributes so named in every coding of the project that has one, a row per coding and
     * attribute; of those a coder may see, if named.
     */
    public List<CodedValue> valuesOf(long projectId, java.util.Collection<String> attributes, String coder) {
        var query = em.createQuery("select c.coder, c.documentId, c.passageId, c.claimTypeId, c.attributeValues"
                        + " from Coding c where c.projectId = :project and c.attributeValues is not null"
                        + visibleTo(coder), Object[].class)
                .setParameter("project", projectId);
        if (coder != null) {
            query.setParameter("coder", coder);
        }
        return query.getResultStream().flatMap(row -> {
            java.util.Map<String, String> values = AttributeValues.decode((String) row[4]);
            return attributes.stream().filter(a -> values.get(a) != null && !values.get(a).isBlank())
                    .map(a -> new CodedValue((String) row[0], (Long) row[1], (Long) row[2], (Long) row[3], a,
                            values.get(a)));
        }).toList();
    }

    /**
     * A project's codings of the given claim types (all when empty) in the given documents and passages (all when
     * empty), by one coder if named ({@code by}), of those a coder may see if named ({@code viewer}), in document and
     * text order: the first {@code limit}, and how many there are in all.
     */
    public CodingPage segments(long projectId, java.util.Set<Long> claimTypes, java.util.Set<Long> documentIds,
            java.util.Set<Long> passageIds, String by, String viewer, int limit) {
        String where = " from Coding c where c.projectId = :project"
                + (claimTypes.isEmpty() ? "" : " and c.claimTypeId in :types")
                + (documentIds.isEmpty() ? "" : " and c.documentId in :documents")
                + (passageIds.isEmpty() ? "" : " and c.passageId in :passages")
                + (by == null ? "" : " and c.coder = :by") + visibleTo(viewer);
        var count = em.createQuery("select count(c)" + where, Long.class);
        var rows = em.createQuery("select " + Coding.VIEW_COLUMNS + where
                + " order by c.documentId, c.startOffset, c.id", Object[].class).setMaxResults(limit);
        for (var query : List.<jakarta.persistence.TypedQuery<?>>of(count, rows)) {
            query.setParameter("project", projectId);
            if (!claimTypes.isEmpty()) {
                query.setParameter("types", claimTypes);
            }
            if (!documentIds.isEmpty()) {
                query.setParameter("documents", documentIds);
            }
            if (!passageIds.isEmpty()) {
                query.setParameter("passages", passageIds);
            }
            if (by != null) {
                query.setParameter("by", by);
            }
            if (viewer != null) {
                query.setParameter("coder", viewer);
            }
        }
        return new CodingPage(rows.getResultStream().map(Coding::view).toList(), count.getSingleResult());
    }

    /**
     * The first {@code limit} codings of a project whose memo contains every one of the words (case aside), in
     * document and text order; of those a coder may see, if named.
     */
    public List<CodingView> withMemoWords(long projectId, String coder, List<String> words, int limit) {
        var query = em.createQuery("select " + Coding.VIEW_COLUMNS + " from Coding c where c.projectId = :project"
                        + " and c.memo is not null" + visibleTo(coder)
                        + LikePatterns.allWords("c.memo", "w", words.size())
                        + " order by c.documentId, c.startOffset, c.id", Object[].class)
                .setParameter("project", projectId)
                .setMaxResults(limit);
        if (coder != null) {
            query.setParameter("coder", coder);
        }
        List<String> patterns = LikePatterns.allWordsParameters(words);
        for (int i = 0; i < patterns.size(); i++) {
            query.setParameter("w" + i, patterns.get(i));
        }
        return query.getResultStream().map(Coding::view).toList();
    }

    /** Which passages each coder has coded in a project: document id, coder, passage id; without loading codings. */
    public List<Object[]> codedPassages(long projectId) {
        return em.createQuery("select distinct c.documentId, c.coder, c.passageId from Coding c"
                        + " where c.projectId = :project", Object[].class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** What changes whenever a coding of the project is added, changed or removed: for caches of computed figures. */
    public String fingerprint(long projectId) {
        Object[] row = em.createQuery("select count(c), max(c.updatedAt), sum(c.id), sum(c.claimTypeId)"
                        + " from Coding c where c.projectId = :project", Object[].class)
                .setParameter("project", projectId)
                .getSingleResult();
        return java.util.Arrays.toString(row);
    }

    /** {@link #fingerprint} by document of the project: document id, then the same aggregates. */
    public List<Object[]> fingerprintsByDocument(long projectId) {
        return em.createQuery("select c.documentId, count(c), max(c.updatedAt), sum(c.id), sum(c.claimTypeId)"
                        + " from Coding c where c.projectId = :project group by c.documentId", Object[].class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** One coder's codings of a document, in text order. */
    /** One coder's codings of a document as views, by position. */
    /** Which claim types each coder applied in each passage of a document (a triple per coding). */
    public List<AppliedClaimType> appliedClaimTypes(long documentId) {
        // Not "distinct": H2 would sort every row to find duplicates; the callers collect into sets anyway.
        return em.createQuery("select c.passageId, c.coder, c.claimTypeId from Coding c"
                        + " where c.documentId = :document", Object[].class)
                .setParameter("document", documentId)
                .getResultStream().map(r -> new AppliedClaimType((Long) r[0], (String) r[1], (Long) r[2])).toList();
    }

    /** The codings beginning in [from, to) of a document, everybody's or (with a coder) one coder's, in order. */
    public List<CodingView> forDocumentBetween(long documentId, String coder, int from, int to) {
        var query = em.createQuery("select " + Coding.VIEW_COLUMNS + " from Coding c where c.documentId = :document"
                        + (coder == null ? "" : " and c.coder = :coder")
                        + " and c.startOffset >= :from and c.startOffset < :to order by c.startOffset, c.id",
                        Object[].class)
                .setParameter("document", documentId)
                .setParameter("from", from)
                .setParameter("to", to);
        if (coder != null) {
            query.setParameter("coder", coder);
        }
        return query.getResultStream().map(Coding::view).toList();
    }

    /** How many codings a document has by each coder (or by one): a count per coder, without the codings. */
    public CodingTally tallyOf(long documentId, String coder) {
        var query = em.createQuery("select c.coder, count(c) from Coding c where c.documentId = :document"
                        + (coder == null ? "" : " and c.coder = :coder") + " group by c.coder", Object[].class)
                .setParameter("document", documentId);
        if (coder != null) {
            query.setParameter("coder", coder);
        }
        java.util.Map<String, Long> byCoder = new java.util.TreeMap<>();
        query.getResultStream().forEach(row -> byCoder.put((String) row[0], (Long) row[1]));
        return new CodingTally(byCoder);
    }

    public List<CodingView> forDocument(long documentId, String coder) {
        return em.createQuery("select " + Coding.VIEW_COLUMNS + " from Coding c where c.documentId = :document"
                        + " and c.coder = :coder order by c.startOffset, c.id", Object[].class)
                .setParameter("document", documentId)
                .setParameter("coder", coder)
                .getResultStream().map(Coding::view).toList();
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

    /** Writes pending changes now, so that a changed coding's version is its new one. */
    public void flush() {
        em.flush();
    }

    public void remove(Coding coding) {
        em.remove(coding);
    }
}
