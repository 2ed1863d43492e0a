package org.concordia.codebook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.persistence.TenantOwnedEntity;

/** One line of a codebook's change log: what changed, in which version, by whom and when. */
@Entity
@Table(name = "codebook_change")
public class CodebookChange extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "codebook_version", nullable = false, updatable = false)
    private int codebookVersion;

    @Column(nullable = false, updatable = false, length = 1000)
    private String description;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected CodebookChange() {
        // for JPA
    }

    public CodebookChange(long projectId, int version, String description, String changedBy) {
        this.projectId = projectId;
        this.codebookVersion = version;
        this.description = description.length() > 1000 ? description.substring(0, 999) + "\u2026" : description;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
    }

    /** A backup's change log line, with who made the change and when. */
    public static CodebookChange restored(long projectId, ChangeView line) {
        CodebookChange change = new CodebookChange(projectId, line.version(), line.description(), line.changedBy());
        change.changedAt = line.changedAt();
        return change;
    }

    public ChangeView view() {
        return new ChangeView(codebookVersion, description, changedBy, changedAt);
    }

    /** A change log line for screens. */
    public record ChangeView(int version, String description, String changedBy, Instant changedAt)
            implements java.io.Serializable {
    }
}
