package org.concordia.consensus.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.persistence.TenantOwnedEntity;

/** One contribution to the discussion of a passage. Never edited: a discussion is a record. */
@Entity
@Table(name = "passage_comment")
public class PassageComment extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "passage_id", nullable = false, updatable = false)
    private long passageId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PassageComment() {
        // for JPA
    }

    public PassageComment(long projectId, long passageId, String author, String body) {
        this.projectId = projectId;
        this.passageId = passageId;
        this.author = author;
        this.body = body;
        this.createdAt = Instant.now();
    }

    /** A comment restored from a backup with the time it was written. */
    public static PassageComment restored(long projectId, long passageId, String author, String body,
            java.time.Instant at) {
        PassageComment comment = new PassageComment(projectId, passageId, author, body);
        if (at != null) {
            comment.createdAt = at;
        }
        return comment;
    }

    public CommentView view() {
        return new CommentView(getId(), passageId, author, body, createdAt);
    }
}
