package org.concordia.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/** A relation of a project's vocabulary, as edited by its supervisors (see {@link RelationView}). */
@Entity
@Audited
@Table(name = "relation")
public class Relation extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String family;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Polarity polarity;

    @Column(nullable = false)
    private int strength;

    @Column(length = 1000)
    private String description;

    @Column(name = "exclusive_relation", nullable = false)
    private boolean exclusive;

    protected Relation() {
        // for JPA
    }

    public Relation(long projectId, RelationView draft) {
        this.projectId = projectId;
        change(draft);
    }

    public void change(RelationView draft) {
        this.name = draft.name();
        this.family = draft.family();
        this.polarity = draft.polarity();
        this.strength = draft.strength();
        this.description = draft.description();
        this.exclusive = draft.exclusive();
    }

    public RelationView view() {
        return new RelationView(getId(), name, family, polarity, strength, description, exclusive);
    }

    public long getProjectId() {
        return projectId;
    }
}
