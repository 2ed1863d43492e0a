package org.concordia.export.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.SourceType;
import org.junit.jupiter.api.Test;

/** What the exports page's progress bar is told while an export writes. */
class JobProgressTest {

    /** Progress as the job would store it: rows done of rows expected. */
    private record Reported(long done, long total) {
    }

    private final List<Reported> reported = new ArrayList<>();

    /** Whether this writer still holds the job's lease, as the job would answer. */
    private boolean held = true;

    private final ExportJobs jobs = new ExportJobs() {
        @Override
        public boolean progress(long jobId, String writer, long done, long total) {
            if (held) {
                reported.add(new Reported(done, total));
            }
            return held;
        }
    };

    private static DocumentSummary documentOf(int passages) {
        return new DocumentSummary(1L, 1L, new DocumentMetadata("Report", null, null, null, null,
                SourceType.THINK_TANK_REPORT, null), "report.txt", "text/plain", passages, "sam", Instant.now(),
                null);
    }

    @Test
    void aKnownTotalIsReportedEveryFewThousandRows() {
        JobProgress progress = new JobProgress(jobs, 7, "node1", 12_000, 100);
        for (int i = 0; i < 12_000; i++) {
            progress.rowWritten();
        }
        assertThat(reported).containsExactly(new Reported(5_000, 12_000), new Reported(10_000, 12_000));
        assertThat(progress.rows()).isEqualTo(12_000);
    }

    @Test
    void withoutATotalTheShareOfPassagesWrittenProjectsOne() {
        JobProgress progress = new JobProgress(jobs, 7, "node1", 0, 1_000);
        progress.rowsWritten(6_000);
        progress.documentWritten(documentOf(250));
        assertThat(reported).as("a quarter of the passages written: a quarter of the way")
                .containsExactly(new Reported(6_000, 24_000));
        progress.rowsWritten(1_000);
        progress.documentWritten(documentOf(250));
        assertThat(reported).as("fewer rows than a report's worth since the last one").hasSize(1);
        progress.rowsWritten(9_000);
        progress.documentWritten(documentOf(250));
        assertThat(reported).last().isEqualTo(new Reported(16_000, 21_333));
    }

    @Test
    void aWriterWhoseJobAnotherNodeTookOverStopsAtItsNextReport() {
        JobProgress progress = new JobProgress(jobs, 7, "node1", 12_000, 100);
        progress.rowsWritten(4_000);
        held = false;
        assertThatThrownBy(() -> progress.rowsWritten(1_000)).isInstanceOf(JobProgress.LeaseLost.class)
                .hasMessageContaining("node1");
        assertThat(reported).as("nothing reported for a job that is another node's").isEmpty();
    }
}
