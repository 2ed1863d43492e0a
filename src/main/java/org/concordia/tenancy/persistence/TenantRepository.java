package org.concordia.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.tenancy.model.Membership;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.model.Tenant;
import org.concordia.tenancy.model.TenantRole;

/**
 * Tenants and memberships. These tables are not filtered by Hibernate's tenant id, so every query here names the
 * tenant or the user explicitly.
 */
@ApplicationScoped
public class TenantRepository {

    @PersistenceContext(unitName = "concordia")
    private EntityManager em;

    public Optional<Tenant> findBySlug(String slug) {
        return em.createNamedQuery("Tenant.findBySlug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<Tenant> listByName() {
        return em.createQuery("select t from Tenant t order by lower(t.name)", Tenant.class).getResultList();
    }

    public void add(Tenant tenant) {
        em.persist(tenant);
    }

    public void add(Membership membership) {
        em.persist(membership);
    }

    public void remove(Membership membership) {
        em.remove(membership);
    }

    public Optional<Membership> findMembership(String tenantId, String username) {
        return em.createQuery("select m from Membership m where m.tenantId = :tenant and m.username = :user",
                        Membership.class)
                .setParameter("tenant", tenantId)
                .setParameter("user", username)
                .getResultStream().findFirst();
    }

    /** The members of one tenant, by username. */
    public List<Membership> membersOf(String tenantId) {
        return em.createQuery("select m from Membership m where m.tenantId = :tenant order by m.username",
                        Membership.class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }

    /** All memberships of a person, in every tenant. */
    public List<Membership> membershipEntitiesOf(String username) {
        return em.createQuery("select m from Membership m where m.username = :user", Membership.class)
                .setParameter("user", username)
                .getResultList();
    }

    public long countWithRole(String tenantId, TenantRole role) {
        return em.createQuery("select count(m) from Membership m where m.tenantId = :tenant and m.role = :role",
                        Long.class)
                .setParameter("tenant", tenantId)
                .setParameter("role", role)
                .getSingleResult();
    }

    /** The tenants {@code username} belongs to, by tenant name. */
    public List<MembershipSummary> membershipsOf(String username) {
        return em.createQuery("""
                        select new org.concordia.tenancy.model.MembershipSummary(t.slug, t.name, t.kind, m.role,
                            case when t.archivedAt is null then false else true end)
                        from Membership m, Tenant t
                        where m.tenantId = t.slug and m.username = :user
                        order by lower(t.name)""", MembershipSummary.class)
                .setParameter("user", username)
                .getResultList();
    }
}
