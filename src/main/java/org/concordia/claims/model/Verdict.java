package org.concordia.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.concordia.platform.persistence.TenantOwnedEntity;

/**
 * One verdict on a proposition, never changed: a new verdict is a new row, so the rows are the proposition's
 * history. {@code evidence} lists the claims (coding ids) the verdict was made on; when the proposition's claims
 * differ from them, new evidence has arrived and the verdict is open again.
 */
@Entity
@Table(name = "verdict")
public class Verdict extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "proposition_key", nullable = false, updatable = false)
    private String propositionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private VerdictKind kind;

    @Column(name = "favoured_claim", updatable = false)
    private Long favouredClaim;

    @Column(nullable = false, updatable = false, length = 4000)
    private String rationale;

    @Column(nullable = false, updatable = false, length = 10)
    private String confidence;

    @Column(nullable = false, updatable = false, length = 4000)
    private String evidence;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected Verdict() {
        // for JPA
    }

    public Verdict(long projectId, String propositionKey, VerdictKind kind, Long favouredClaim, String rationale,
            String confidence, List<Long> evidence, String decidedBy) {
        this.projectId = projectId;
        this.propositionKey = propositionKey;
        this.kind = kind;
        this.favouredClaim = favouredClaim;
        this.rationale = rationale;
        this.confidence = confidence;
        this.evidence = String.join(",", evidence.stream().sorted().map(String::valueOf).toList());
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    /**
     * A verdict of a backup, written into the restored project as it was, with who decided it and when; its
     * proposition and claims named by the restored project's ids.
     */
    public static Verdict restored(long projectId, VerdictView record) {
        Verdict verdict = new Verdict(projectId, record.propositionKey(), record.kind(), record.favouredClaim(),
                record.rationale(), record.confidence(), record.evidence(), record.decidedBy());
        verdict.decidedAt = record.decidedAt();
        return verdict;
    }

    public VerdictView view() {
        List<Long> ids = evidence.isEmpty() ? List.of()
                : Arrays.stream(evidence.split(",")).map(Long::valueOf).toList();
        return new VerdictView(getId(), propositionKey, kind, favouredClaim, rationale, confidence, ids, decidedBy,
                decidedAt);
    }

    public String getPropositionKey() {
        return propositionKey;
    }
}
