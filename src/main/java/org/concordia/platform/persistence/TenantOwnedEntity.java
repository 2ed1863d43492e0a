package org.concordia.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * Base of every entity that belongs to one tenant. Hibernate fills {@code tenant_id} on persist and adds it to
 * every JPQL and Criteria query; native SQL must filter by it explicitly.
 */
@MappedSuperclass
@Audited // so that subclasses' audit rows carry tenant_id; Envers skips unaudited superclasses' fields
public abstract class TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 63)
    private String tenantId;

    /** Optimistic lock: two people saving the same object at once cannot overwrite each other unnoticed. */
    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public long getVersion() {
        return version;
    }
}
