package org.concordia.export.service;

import org.concordia.documents.model.DocumentSummary;

/**
 * Counts the rows an export writes and commits its job's progress every few thousand rows. A format that does not
 * know its total beforehand (counting a million codings first takes a tenth as long as exporting them) gets one
 * projected from the share of the project's passages written so far, which is what the progress bar then shows.
 * A writer that finds, on reporting, that another node took its job over stops writing ({@link LeaseLost}).
 */
final class JobProgress implements ExportProgress {

    static final int EVERY = 5_000;

    private final ExportJobs jobs;
    private final long jobId;
    private final String writer;
    private final long expected;
    private final long passages;
    private long rows;
    private long passagesDone;
    private long reported;

    /**
     * @param expected the rows the format expects, 0 when it cannot tell
     * @param passages the passages of the documents exported
     */
    JobProgress(ExportJobs jobs, long jobId, String writer, long expected, long passages) {
        this.jobs = jobs;
        this.jobId = jobId;
        this.writer = writer;
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
        if (!jobs.progress(jobId, writer, rows, total)) {
            throw new LeaseLost(jobId, writer);
        }
    }

    /** The job is no longer this writer's: another node took it over while this one stalled. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(long jobId, String writer) {
            super("Export " + jobId + " was taken over from " + writer + " by another node");
        }
    }
}
