package org.concordia.export.model;

import java.io.Serializable;
import java.time.Instant;

/** An export job as the exports page and the API show it. */
public record ExportJobView(long id, long projectId, String format, String filter, ExportState state, long rowsDone,
        long rowsTotal, String fileName, Long fileSize, String message, String requestedBy, Instant requestedAt,
        Instant finishedAt) implements Serializable {

    /** Progress in percent, 0 to 100. */
    public int percent() {
        if (state == ExportState.DONE) {
            return 100;
        }
        return rowsTotal <= 0 ? 0 : (int) Math.min(99, rowsDone * 100 / rowsTotal);
    }
}
