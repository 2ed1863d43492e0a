package org.concordia.codebook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;

/**
 * A project's codebook as a whole: its version and whether codings use it. While nobody has coded with it, edits
 * refine the current version; once it is in use, every edit makes a new version, so that each coding can say
 * which version of the rules it was made under.
 */
@Entity
@Audited
@Table(name = "codebook")
public class Codebook extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "current_version", nullable = false)
    private int currentVersion = 1;

    @Column(name = "in_use", nullable = false)
    private boolean inUse;

    protected Codebook() {
        // for JPA
    }

    public Codebook(long projectId) {
        this.projectId = projectId;
    }

    /** The version a change is recorded under: a new one once the codebook is in use. */
    public int versionForChange() {
        if (inUse) {
            currentVersion++;
            inUse = false;
        }
        return currentVersion;
    }

    /** Codings now use the current version; the next edit starts a new one. */
    public void markInUse() {
        inUse = true;
    }

    /** A backup's version and whether codings used it, written into the restored codebook. */
    public void restore(int version, boolean usedByCodings) {
        this.currentVersion = version;
        this.inUse = usedByCodings;
    }

    public long getProjectId() {
        return projectId;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public boolean isInUse() {
        return inUse;
    }
}
