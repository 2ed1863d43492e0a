package org.concordia.documents.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordia.documents.model.CleanupStepRecord;
import org.concordia.documents.model.Document;
import org.concordia.documents.model.DocumentFile;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.OcrCorrection;
import org.concordia.documents.model.Passage;
import org.concordia.documents.model.SourceType;
import org.hibernate.jpa.HibernateHints;

/** Documents, passages and original files of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    /**
     * Summaries of a project's documents, by title, without loading their texts (which can be large): what lists
     * and dashboards show.
     */
    public List<DocumentSummary> summariesForProject(long projectId) {
        return summaries("d.projectId = :key", projectId);
    }

    public Optional<DocumentSummary> summary(long documentId) {
        return summaries("d.id = :key", documentId).stream().findFirst();
    }

    private List<DocumentSummary> summaries(String condition, long key) {
        return em.createQuery("select d.id, d.projectId, d.title, d.author, d.publisher, d.publishedOn, d.url,"
                        + " d.sourceType, d.notes, d.originalFilename, d.mediaType, d.passageCount, d.importedBy,"
                        + " d.importedAt, d.codingStartedAt from Document d where " + condition + " order by lower(d.title), d.id",
                        Object[].class)
                .setParameter("key", key)
                .getResultStream()
                .map(r -> new DocumentSummary((Long) r[0], (Long) r[1], new DocumentMetadata((String) r[2],
                        (String) r[3], (String) r[4], (LocalDate) r[5], (String) r[6], (SourceType) r[7],
                        (String) r[8]), (String) r[9], (String) r[10], (Integer) r[11], (String) r[12],
                        (Instant) r[13], (Instant) r[14]))
                .toList();
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

    /** The ids of the codable (not excluded) passages of every document of a project: document id, passage id. */
    public List<Object[]> codablePassageIdsOfProject(long projectId) {
        return em.createQuery("select p.documentId, p.id from Passage p where p.excluded = false and p.documentId in"
                        + " (select d.id from Document d where d.projectId = :project)", Object[].class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** The passages in reading order, to change them. */
    public List<Passage> passagesOf(long documentId) {
        return passagesQuery(documentId).getResultList();
    }

    /** The passages in reading order, read-only (not dirty-checked at commit): for showing, not changing. */
    public List<Passage> readPassagesOf(long documentId) {
        return detached(passagesQuery(documentId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList());
    }

    /** {@code count} passages in reading order from the one at {@code from} (0 is the first), read-only. */
    public List<Passage> readPassagesOf(long documentId, int from, int count) {
        return detached(passagesQuery(documentId).setHint(HibernateHints.HINT_READ_ONLY, true)
                .setFirstResult(from).setMaxResults(count).getResultList());
    }

    /** The passages of a document with these ids, in reading order, read-only. */
    public List<Passage> readPassagesWithIds(long documentId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return detached(em.createQuery("select p from Passage p where p.documentId = :document and p.id in :ids"
                        + " order by p.position", Passage.class)
                .setParameter("document", documentId)
                .setParameter("ids", ids)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList());
    }

    /**
     * Per document of the project, what changes whenever its passages do: how many there are, their ids, bounds and
     * exclusions summed, and the document's version. Rows of document id and the sums.
     */
    public List<Object[]> passageFingerprints(long projectId) {
        return em.createQuery("select p.documentId, count(p), sum(p.id), sum(p.startOffset), sum(p.endOffset),"
                        + " sum(case when p.excluded = true then 1 else 0 end), max(d.version)"
                        + " from Passage p, Document d where d.id = p.documentId and d.projectId = :project"
                        + " group by p.documentId", Object[].class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public int passageCountOf(long documentId) {
        return em.createQuery("select count(p) from Passage p where p.documentId = :document", Long.class)
                .setParameter("document", documentId)
                .getSingleResult().intValue();
    }

    /** Each passage's kind, in reading order: the clean-up figures need no more of them. */
    public List<org.concordia.documents.model.PassageKind> kindsOf(long documentId) {
        return em.createQuery("select p.kind from Passage p where p.documentId = :document order by p.position",
                        org.concordia.documents.model.PassageKind.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    private jakarta.persistence.TypedQuery<Passage> passagesQuery(long documentId) {
        return em.createQuery("select p from Passage p where p.documentId = :document order by p.position",
                        Passage.class)
                .setParameter("document", documentId);
    }

    /** Only the cleaned text, without loading the document (and its original text) as an entity. */
    public Optional<String> textOf(long documentId) {
        return em.createQuery("select d.text from Document d where d.id = :id", String.class)
                .setParameter("id", documentId)
                .getResultStream().findFirst();
    }

    public Optional<Passage> findPassage(long id) {
        return em.createQuery("select p from Passage p where p.id = :id", Passage.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /**
     * Records that coding has started, once; the row lock it takes makes a concurrent merge or split of the same
     * document wait, and then fail on the changed version instead of moving text under a new coding.
     */
    public void markCodingStarted(long documentId) {
        em.createQuery("update Document d set d.codingStartedAt = :now, d.version = d.version + 1"
                        + " where d.id = :id and d.codingStartedAt is null")
                .setParameter("now", java.time.Instant.now())
                .setParameter("id", documentId)
                .executeUpdate();
    }

    /**
     * Stores a document's passages in the given reading order: new ones are added, moved ones get their new
     * positions without two ever sharing one (positions are unique per document and checked row by row): first out
     * of the way to negative positions, then to their places. Unmoved passages are not touched (nor audited).
     */
    public void placeInOrder(List<Passage> inOrder) {
        List<Passage> moving = new java.util.ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            Passage passage = inOrder.get(i);
            if (passage.getId() != null && passage.getPosition() != i) {
                moving.add(passage);
            }
        }
        moving.forEach(p -> p.moveTo(-1 - p.getPosition()));
        em.flush();
        for (int i = 0; i < inOrder.size(); i++) {
            inOrder.get(i).moveTo(i);
        }
        em.flush();
        inOrder.stream().filter(p -> p.getId() == null).forEach(em::persist);
    }

    public void removePassage(Passage passage) {
        em.remove(passage);
        em.flush();
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

    /** The original bytes of a document, for clean-up to run again on them. */
    public Optional<byte[]> fileOf(long documentId) {
        return em.createQuery("select f.content from DocumentFile f where f.documentId = :document", byte[].class)
                .setParameter("document", documentId)
                .getResultStream().findFirst();
    }

    /** The clean-up decisions of a document, in the order clean-up took them. */
    public List<CleanupStepRecord> stepsOf(long documentId) {
        return em.createQuery("select s from CleanupStepRecord s where s.documentId = :document order by s.position",
                        CleanupStepRecord.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    public List<OcrCorrection> correctionsOf(long documentId) {
        return em.createQuery("select c from OcrCorrection c where c.documentId = :document order by c.word",
                        OcrCorrection.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    /** Replaces a document's passages and clean-up decisions (clean-up ran again, before any coding). */
    public void replacePassagesAndSteps(long documentId, List<Passage> passages, List<CleanupStepRecord> steps) {
        // One by one, so that the audit trail records each passage's removal.
        passagesOf(documentId).forEach(em::remove);
        em.flush();
        em.createQuery("delete from CleanupStepRecord s where s.documentId = :document")
                .setParameter("document", documentId).executeUpdate();
        passages.forEach(em::persist);
        steps.forEach(em::persist);
    }

    public void replaceCorrections(long documentId, Map<String, String> corrections) {
        em.createQuery("delete from OcrCorrection c where c.documentId = :document")
                .setParameter("document", documentId).executeUpdate();
        corrections.forEach((word, replacement) -> em.persist(new OcrCorrection(documentId, word, replacement)));
    }

    /** The document of reader comments left under an article, if the import found any. */
    public Optional<Long> commentsDocumentOf(long articleId) {
        return em.createQuery("select d.id from Document d where d.commentsOf = :article", Long.class)
                .setParameter("article", articleId)
                .getResultStream().findFirst();
    }

    public Optional<Long> articleOf(long commentsDocumentId) {
        return em.createQuery("select d.commentsOf from Document d where d.id = :id and d.commentsOf is not null",
                        Long.class)
                .setParameter("id", commentsDocumentId)
                .getResultStream().findFirst();
    }

    /**
     * Read-only lists leave the persistence context: they are for showing and counting, and a context holding tens
     * of thousands of entities makes every later query of the transaction walk them all before it runs (auto-flush).
     */
    private <T> List<T> detached(List<T> entities) {
        entities.forEach(em::detach);
        return entities;
    }
}
