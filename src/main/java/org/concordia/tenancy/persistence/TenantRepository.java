package org.concordia.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordia.tenancy.model.Membership;
import org.concordia.tenancy.model.MembershipSummary;
import org.concordia.tenancy.model.Tenant;

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

    public void add(Tenant tenant) {
        em.persist(tenant);
    }

    public void add(Membership membership) {
        em.persist(membership);
    }

    public Optional<Membership> findMembership(String tenantSlug, String username) {
        return em.createQuery("select m from Membership m where m.tenantSlug = :tenant and m.username = :user",
                        Membership.class)
                .setParameter("tenant", tenantSlug)
                .setParameter("user", username)
                .getResultStream().findFirst();
    }

    /** The tenants {@code username} belongs to, by tenant name. */
    public List<MembershipSummary> membershipsOf(String username) {
        return em.createQuery("""
                        select new org.concordia.tenancy.model.MembershipSummary(t.slug, t.name, t.kind, m.role)
                        from Membership m, Tenant t
                        where m.tenantSlug = t.slug and m.username = :user
                        order by lower(t.name)""", MembershipSummary.class)
                .setParameter("user", username)
                .getResultList();
    }
}
