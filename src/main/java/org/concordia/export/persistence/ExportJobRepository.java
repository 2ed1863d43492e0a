package org.concordia.export.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.export.model.ExportFilePart;
import org.concordia.export.model.ExportJob;
import org.concordia.export.model.ExportState;

/** Export jobs of the current tenant; Hibernate adds the tenant to every query. */
@ApplicationScoped
public class ExportJobRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public void add(ExportJob job) {
        em.persist(job);
        em.flush();
    }

    public Optional<ExportJob> find(long id) {
        return em.createQuery("select j from ExportJob j where j.id = :id", ExportJob.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** The tenant's jobs that are waiting or being written. */
    public List<ExportJob> unfinished() {
        return em.createQuery("select j from ExportJob j where j.state in (:waiting, :writing) order by j.id",
                        ExportJob.class)
                .setParameter("waiting", ExportState.QUEUED)
                .setParameter("writing", ExportState.RUNNING)
                .getResultList();
    }

    public void addPart(ExportFilePart part) {
        em.persist(part);
        em.flush();
        em.detach(part);
    }

    /** Part {@code seq} of the job's file, if it has that many. */
    public Optional<byte[]> part(long jobId, int seq) {
        return em.createQuery("select p.bytes from ExportFilePart p where p.jobId = :job and p.seq = :seq",
                        byte[].class)
                .setParameter("job", jobId)
                .setParameter("seq", seq)
                .getResultStream().findFirst();
    }

    public long partCount(long jobId) {
        return em.createQuery("select count(p) from ExportFilePart p where p.jobId = :job", Long.class)
                .setParameter("job", jobId)
                .getSingleResult();
    }

    /** Removes what a job had stored of its file: its parts. */
    public void removeParts(long jobId) {
        em.createQuery("delete from ExportFilePart p where p.jobId = :job").setParameter("job", jobId)
                .executeUpdate();
    }

    /** The job, locked until the transaction ends: one node at a time decides about it. */
    public Optional<ExportJob> lock(long id) {
        return em.createQuery("select j from ExportJob j where j.id = :id", ExportJob.class)
                .setParameter("id", id)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public List<ExportJob> forProject(long projectId) {
        return em.createQuery("select j from ExportJob j where j.projectId = :project order by j.requestedAt desc,"
                        + " j.id desc", ExportJob.class)
                .setParameter("project", projectId)
                .setMaxResults(50)
                .getResultList();
    }
}
