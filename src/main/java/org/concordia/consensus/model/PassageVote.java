package org.concordia.consensus.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concordia.platform.persistence.TenantOwnedEntity;

/**
 * A reviewer's vote on a disputed passage: which coder's version they think right. One per reviewer and passage;
 * voting again changes it. Votes advise; the supervisor's adjudication decides.
 */
@Entity
@Table(name = "passage_vote")
public class PassageVote extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "passage_id", nullable = false, updatable = false)
    private long passageId;

    @Column(nullable = false, updatable = false)
    private String voter;

    @Column(nullable = false)
    private String choice;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected PassageVote() {
        // for JPA
    }

    public PassageVote(long projectId, long passageId, String voter, String choice) {
        this.projectId = projectId;
        this.passageId = passageId;
        this.voter = voter;
        change(choice);
    }

    /** A vote restored from a backup with the time it was cast. */
    public static PassageVote restored(long projectId, long passageId, String voter, String choice,
            java.time.Instant at) {
        PassageVote vote = new PassageVote(projectId, passageId, voter, choice);
        if (at != null) {
            vote.castAt = at;
        }
        return vote;
    }

    public void change(String newChoice) {
        this.choice = newChoice;
        this.castAt = Instant.now();
    }

    public String getVoter() {
        return voter;
    }

    public String getChoice() {
        return choice;
    }

    public long getPassageId() {
        return passageId;
    }

    public java.time.Instant getCastAt() {
        return castAt;
    }
}
