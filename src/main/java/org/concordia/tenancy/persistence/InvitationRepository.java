package org.concordia.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.tenancy.model.Invitation;

/** Invitations. Not filtered by Hibernate's tenant id: each query names the tenant, or the code being redeemed. */
@ApplicationScoped
public class InvitationRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    public Optional<Invitation> findByCode(String code) {
        return em.createQuery("select i from Invitation i where i.code = :code", Invitation.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Invitation> find(String tenantId, long id) {
        return em.createQuery("select i from Invitation i where i.tenantId = :tenant and i.id = :id",
                        Invitation.class)
                .setParameter("tenant", tenantId)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** The tenant's invitations, newest first. */
    public List<Invitation> listFor(String tenantId) {
        return em.createQuery("select i from Invitation i where i.tenantId = :tenant order by i.createdAt desc",
                        Invitation.class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }
}
