package org.concordia.documents.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.concordia.platform.persistence.TenantOwnedEntity;

/**
 * A named group of a project's documents ("Interviews", "Iraqi press", a REFI-QDA Set or Case): what the
 * documents list filters by. A document may be in several groups. Not audited: membership is organisation, not
 * evidence.
 */
@Entity
@Table(name = "document_group")
public class DocumentGroup extends TenantOwnedEntity {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new LinkedHashSet<>();

    protected DocumentGroup() {
        // for JPA
    }

    /** A group; the service checks the name (one line, unique in the project) and the description. */
    public DocumentGroup(long projectId, String name, String description) {
        this.projectId = projectId;
        this.name = name;
        this.description = description;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getName() {
        return name;
    }

    public void add(Collection<Long> documents) {
        documentIds.addAll(documents);
    }

    public void remove(Collection<Long> documents) {
        documentIds.removeAll(documents);
    }

    public boolean contains(long documentId) {
        return documentIds.contains(documentId);
    }

    public DocumentGroupView view() {
        return new DocumentGroupView(getId(), name, description, documentIds.stream().sorted().toList());
    }
}
