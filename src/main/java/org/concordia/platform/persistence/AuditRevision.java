package org.concordia.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change set in the audit trail (Hibernate Envers): when, by whom, in which tenant. The changed
 * rows themselves are in the {@code *_aud} tables, with their values after the change.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long timestamp;

    @Column(nullable = false)
    private String username;

    /** The tenant the person worked in; null for platform work such as opening a tenant. */
    @Column(name = "tenant_id", length = 63)
    private String tenantId;

    public long getId() {
        return id;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public String getUsername() {
        return username;
    }

    public String getTenantId() {
        return tenantId;
    }

    void recordActor(String username, String tenantId) {
        this.username = username;
        this.tenantId = tenantId;
    }
}
