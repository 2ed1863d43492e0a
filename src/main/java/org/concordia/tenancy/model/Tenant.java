package org.concordia.tenancy.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.text.PlainText;
import org.hibernate.envers.Audited;

/**
 * A classroom or research team: the unit of data isolation. Its slug is the tenant id stored on every row the
 * tenant owns, so it never changes once the tenant exists.
 */
@Entity
@Audited
@Table(name = "tenant")
@NamedQuery(name = "Tenant.findBySlug", query = "select t from Tenant t where t.slug = :slug")
public class Tenant {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 63)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantKind kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archived_by")
    private String archivedBy;

    protected Tenant() {
        // for JPA
    }

    public Tenant(String slug, String name, TenantKind kind) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidInputException("error.tenancy.aTenantsShortNameMust", slug);
        }
        this.slug = slug;
        this.name = requireName(name);
        this.kind = Objects.requireNonNull(kind, "A tenant needs a kind");
        this.createdAt = Instant.now();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("error.tenancy.aTenantNeedsAName");
        }
        if (name.strip().length() > 200) {
            throw new InvalidInputException("error.tenancy.aTenantsNameCanHave");
        }
        return PlainText.line(name.strip(), "the tenant's name");
    }

    /** Gives the tenant a new name and kind; its short name (the tenant id) never changes. */
    public void describeAs(String newName, TenantKind newKind) {
        this.name = requireName(newName);
        this.kind = Objects.requireNonNull(newKind, "A tenant needs a kind");
    }

    /** Makes the tenant read-only: its members still see everything, nobody changes anything. */
    public void archive(String byWhom) {
        if (archivedAt == null) {
            archivedAt = Instant.now();
            archivedBy = byWhom;
        }
    }

    public void restore() {
        archivedAt = null;
        archivedBy = null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public String getArchivedBy() {
        return archivedBy;
    }

    public TenantSummary summary() {
        return new TenantSummary(slug, name, kind, createdAt, archivedAt);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public TenantKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
