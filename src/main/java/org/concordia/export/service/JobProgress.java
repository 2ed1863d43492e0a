package org.concordia.export.service;

import org.concordia.documents.model.DocumentSummary;

/**
 * Counts the rows an export writes and commits its job's progress every few thousand rows. A format that does not
 * know its total beforehand (counting a million codings first takes a tenth as long as exporting them) gets one
 * projected from the share of the project's passages written so far, which is what the progress bar then shows.
 */
final class JobProgress implements ExportProgress {

    static final int EVERY = 5_000;

    private final ExportJobs jobs;
    private final long jobId;
    private final long expected;
    private final long passages;
    private long rows;
    private long passagesDone;
    private long reported;

    /**
     * @param expected the rows the format expects, 0 when it cannot tell
     * @param passages the passages of the documents exported
     */
    JobProgress(ExportJobs jobs, long jobId, long expected, long passages) {
        this.jobs = jobs;
        this.jobId = jobId;
        this.expected = expected;
        this.passages = passages;
    }

    @Override
    public void rowsWritten(long written) {
        rows += written;
        if (expected > 0 && rows - reported >= EVERY) {
            report(expected);
        }
    }

    /** A document is written: with no expected total, the projection improves. */
    void documentWritten(DocumentSummary document) {
        passagesDone += document.passageCount();
        if (expected <= 0 && passagesDone > 0 && rows - reported >= EVERY) {
            report(Math.max(rows, rows * passages / passagesDone));
        }
    }

    long rows() {
        return rows;
    }

    private void report(long total) {
        reported = rows;
        jobs.progress(jobId, rows, total);
    }
}
