package org.concordia.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * States that take time to arise, made directly in the database for tests inside the server (deployed with
 * {@link Deployments#concordiaForServiceTests()}).
 */
@ApplicationScoped
@Transactional
public class DatabaseFixtures {

    @PersistenceContext(unitName = "concordia")
    EntityManager em;

    /** Lets the invitation with {@code code} have expired a day ago. */
    public void expireInvitation(String code) {
        int updated = em.createQuery("update Invitation i set i.expiresAt = :past where i.code = :code")
                .setParameter("past", Instant.now().minus(Duration.ofDays(1)))
                .setParameter("code", code)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No invitation " + code);
        }
    }
}
