package org.concordia.consensus.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A computed agreement figure kept with its inputs: the measure, the codebook version, the coders, the reliability
 * data (one CSV row per unit, one column per coder) and the bootstrap's replicates and seed. Never changed.
 */
@Entity
@Table(name = "agreement_snapshot")
public class AgreementSnapshot extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private String measureId;

    @Column(name = "measure_label", nullable = false, updatable = false)
    private String measureLabel;

    @Column(updatable = false)
    private String label;

    @Column(name = "codebook_version", nullable = false, updatable = false)
    private int codebookVersion;

    @Column(nullable = false, updatable = false, length = 4000)
    private String coders;

    @Column(nullable = false, updatable = false)
    private int units;

    @Column(name = "result_value", updatable = false)
    private Double value;

    @Column(updatable = false, length = 1000)
    private String explanation;

    @Column(name = "lower_bound", updatable = false)
    private Double lower;

    @Column(name = "upper_bound", updatable = false)
    private Double upper;

    @Column(nullable = false, updatable = false)
    private int replicates;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(nullable = false, updatable = false, length = 4000)
    private String scale;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "data_csv", nullable = false, updatable = false)
    private String dataCsv;

    @Column(name = "computed_by", nullable = false, updatable = false)
    private String computedBy;

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt;

    protected AgreementSnapshot() {
        // for JPA
    }

    public AgreementSnapshot(long projectId, String measureId, String label, int codebookVersion,
            List<String> coders, AgreementResult result, int replicates, long seed, List<String> scale,
            String dataCsv, String computedBy) {
        this.projectId = projectId;
        this.measureId = measureId;
        this.measureLabel = result.measure();
        this.label = label == null || label.isBlank() ? null : label.strip();
        this.codebookVersion = codebookVersion;
        this.coders = String.join("\n", coders);
        this.units = (int) result.pairableUnits();
        this.value = result.value();
        this.explanation = result.explanation();
        this.lower = result.interval() == null ? null : result.interval().lower();
        this.upper = result.interval() == null ? null : result.interval().upper();
        this.replicates = replicates;
        this.seed = seed;
        this.scale = String.join("\n", scale);
        this.dataCsv = dataCsv;
        this.computedBy = computedBy;
        this.computedAt = Instant.now();
    }

    /** Everything the snapshot holds, for a backup. */
    public SnapshotRecord record() {
        SnapshotView view = view();
        return new SnapshotRecord(measureId, measureLabel, label, codebookVersion, view.coders(), units, value,
                explanation, lower, upper, replicates, seed, scale(), dataCsv, computedBy, computedAt);
    }

    /** A backup's snapshot, written into the restored project as it was. */
    public static AgreementSnapshot restored(long projectId, SnapshotRecord record) {
        AgreementSnapshot snapshot = new AgreementSnapshot();
        snapshot.projectId = projectId;
        snapshot.measureId = record.measureId();
        snapshot.measureLabel = record.measureLabel();
        snapshot.label = record.label();
        snapshot.codebookVersion = record.codebookVersion();
        snapshot.coders = String.join("\n", record.coders());
        snapshot.units = record.units();
        snapshot.value = record.value();
        snapshot.explanation = record.explanation();
        snapshot.lower = record.lower();
        snapshot.upper = record.upper();
        snapshot.replicates = record.replicates();
        snapshot.seed = record.seed();
        snapshot.scale = String.join("\n", record.scale());
        snapshot.dataCsv = record.dataCsv();
        snapshot.computedBy = record.computedBy();
        snapshot.computedAt = record.computedAt();
        return snapshot;
    }

    public SnapshotView view() {
        return new SnapshotView(getId(), projectId, measureId, measureLabel, label, codebookVersion,
                coders.isEmpty() ? List.of() : List.of(coders.split("\n")), units, value, explanation, lower, upper,
                replicates, seed, computedBy, computedAt);
    }

    public String getDataCsv() {
        return dataCsv;
    }

    public List<String> scale() {
        return scale.isEmpty() ? List.of() : List.of(scale.split("\n"));
    }

    public String getMeasureId() {
        return measureId;
    }
}
