package org.concordia.export.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a job counts as left by a node that died, and what taking it over does. */
class ExportJobLeaseTest {

    private final ExportJob job = new ExportJob(1, "csv", ExportFilter.everything(), "sam", "node1");

    @Test
    void aJobWhoseNodeRenewsItsLeaseIsNotAnOrphan() {
        Instant leaseStart = Instant.now().minus(Duration.ofSeconds(30));

        assertThat(job.orphaned(leaseStart, "")).isFalse();
        assertThat(job.orphaned(leaseStart, "node2")).as("another node starting again").isFalse();
    }

    @Test
    void aJobWhoseLeaseRanOutOrWhoseNodeStartsAgainIsAnOrphan() {
        assertThat(job.orphaned(Instant.now().plusSeconds(1), "")).as("no heartbeat within the lease").isTrue();
        assertThat(job.orphaned(Instant.now().minusSeconds(30), "node1")).as("its own node starting again")
                .isTrue();
    }

    @Test
    void aFinishedOrFailedJobIsNeverAnOrphan() {
        job.finish("export-1.csv", 10, 2);
        assertThat(job.orphaned(Instant.now().plusSeconds(1), "node1")).isFalse();
        ExportJob failed = new ExportJob(1, "csv", ExportFilter.everything(), "sam", "node1");
        failed.fail("no");
        assertThat(failed.orphaned(Instant.now().plusSeconds(1), "node1")).isFalse();
    }

    @Test
    void takingOverStartsTheJobAgainUnderTheNewNodeAndCountsTheAttempt() {
        job.start(100);
        job.progress(40, 100);

        job.takeOver("node2");

        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.orphaned(Instant.now().plusSeconds(1), "")).as("waiting again, to be written from the start")
                .isTrue();
        assertThat(job.orphaned(Instant.now().minusSeconds(30), "")).as("the new node holds the lease").isFalse();
        assertThat(job.orphaned(Instant.now().minusSeconds(30), "node2")).as("until node2 dies").isTrue();
        assertThat(job.filterOrNull()).isEqualTo(ExportFilter.everything());
    }
}
