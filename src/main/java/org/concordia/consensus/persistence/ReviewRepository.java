package org.concordia.consensus.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.concordia.consensus.model.Adjudication;
import org.concordia.consensus.model.GoldCoding;
import org.concordia.consensus.model.PassageComment;
import org.concordia.platform.persistence.LikePatterns;
import org.concordia.consensus.model.PassageVote;
import org.concordia.platform.errors.ConflictException;
import org.concordia.platform.text.Explanation;
import org.hibernate.jpa.HibernateHints;

/** Decisions, gold codings, discussions and votes of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class ReviewRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public Optional<Adjudication> adjudication(long passageId) {
        return em.createQuery("select a from Adjudication a where a.passageId = :passage", Adjudication.class)
                .setParameter("passage", passageId)
                .getResultStream().findFirst();
    }

    public List<Adjudication> adjudications(long projectId) {
        return detached(em.createQuery("select a from Adjudication a where a.projectId = :project", Adjudication.class)
                .setParameter("project", projectId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList());
    }

    /** The passages of a document a supervisor has settled. */
    public List<Long> adjudicatedPassagesOf(long documentId) {
        return em.createQuery("select a.passageId from Adjudication a where a.documentId = :document", Long.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    /** What changes whenever a decision, comment or vote of the project is added or changed. */
    public String fingerprint(long projectId) {
        Object[] decisions = em.createQuery("select count(a), sum(a.version), max(a.decidedAt) from Adjudication a"
                        + " where a.projectId = :project", Object[].class)
                .setParameter("project", projectId).getSingleResult();
        Long comments = em.createQuery("select count(c) from PassageComment c where c.projectId = :project", Long.class)
                .setParameter("project", projectId).getSingleResult();
        Object[] votes = em.createQuery("select count(v), max(v.castAt) from PassageVote v where v.projectId = :project",
                        Object[].class)
                .setParameter("project", projectId).getSingleResult();
        return java.util.Arrays.toString(decisions) + comments + java.util.Arrays.toString(votes);
    }

    /**
     * Stores a first decision for a passage. If another supervisor's first decision was committed in the meantime,
     * the unique key on the passage refuses this one: {@code conflict} explains it to the user.
     */
    public void addAdjudication(Adjudication adjudication, Explanation conflict) {
        try {
            em.persist(adjudication);
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException(conflict);
        }
    }

    /** Writes pending changes now, so that a concurrent change shows as {@code conflict} rather than at commit. */
    public void flush(Explanation conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException(conflict);
        }
    }

    public List<GoldCoding> goldOfPassage(long passageId) {
        return em.createQuery("select g from GoldCoding g where g.passageId = :passage order by g.startOffset, g.id",
                        GoldCoding.class)
                .setParameter("passage", passageId)
                .getResultList();
    }

    public List<GoldCoding> goldOfDocument(long documentId) {
        return detached(em.createQuery("select g from GoldCoding g where g.documentId = :document"
                        + " order by g.startOffset, g.id", GoldCoding.class)
                .setParameter("document", documentId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList());
    }

    public List<GoldCoding> goldOfProject(long projectId) {
        return detached(em.createQuery("select g from GoldCoding g where g.projectId = :project"
                        + " order by g.documentId, g.startOffset, g.id", GoldCoding.class)
                .setParameter("project", projectId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList());
    }

    public void addGold(GoldCoding gold) {
        em.persist(gold);
    }

    public void removeGold(GoldCoding gold) {
        em.remove(gold);
    }

    public List<PassageComment> comments(long passageId) {
        return em.createQuery("select c from PassageComment c where c.passageId = :passage order by c.createdAt, c.id",
                        PassageComment.class)
                .setParameter("passage", passageId)
                .getResultList();
    }

    /** How many comments each passage of the project has: passage id and count. */
    public List<Object[]> commentCounts(long projectId) {
        return em.createQuery("select c.passageId, count(c) from PassageComment c where c.projectId = :project"
                        + " group by c.passageId", Object[].class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** The first {@code limit} comments of a project that contain every one of the words (case aside), oldest first. */
    public List<PassageComment> commentsWithWords(long projectId, List<String> words, int limit) {
        var query = em.createQuery("select c from PassageComment c where c.projectId = :project"
                        + LikePatterns.allWords("c.body", "w", words.size()) + " order by c.createdAt, c.id",
                        PassageComment.class)
                .setParameter("project", projectId)
                .setMaxResults(limit);
        List<String> patterns = LikePatterns.allWordsParameters(words);
        for (int i = 0; i < patterns.size(); i++) {
            query.setParameter("w" + i, patterns.get(i));
        }
        return query.getResultList();
    }

    /** Every comment of the project's passages, oldest first: for backups. */
    public List<PassageComment> commentsOfProject(long projectId) {
        return detached(em.createQuery("select c from PassageComment c where c.projectId = :project"
                        + " order by c.createdAt, c.id", PassageComment.class)
                .setParameter("project", projectId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList());
    }

    /** Every vote on the project's passages: for backups. */
    public List<PassageVote> votesOfProject(long projectId) {
        return detached(em.createQuery("select v from PassageVote v where v.projectId = :project"
                        + " order by v.passageId, v.voter", PassageVote.class)
                .setParameter("project", projectId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList());
    }

    public void addComment(PassageComment comment) {
        em.persist(comment);
    }

    public List<PassageVote> votes(long passageId) {
        return em.createQuery("select v from PassageVote v where v.passageId = :passage order by v.voter",
                        PassageVote.class)
                .setParameter("passage", passageId)
                .getResultList();
    }

    public List<Object[]> voteCounts(long projectId) {
        return em.createQuery("select v.passageId, count(v) from PassageVote v where v.projectId = :project"
                        + " group by v.passageId", Object[].class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public void addVote(PassageVote vote) {
        em.persist(vote);
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
