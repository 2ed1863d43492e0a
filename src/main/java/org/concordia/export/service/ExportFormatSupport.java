package org.concordia.export.service;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One export format. Implementations are CDI beans; {@link ExportFormats} finds them. A format writes the project's
 * data, as {@link ExportSource} offers it, to a stream, and reports its progress in rows.
 */
public interface ExportFormatSupport {

    /** A stable key, as stored with export jobs and used by the API: {@code csv}, {@code jsonl}. */
    String id();

    String label();

    /** For the exports page: what the file holds and which tools open it. */
    String description();

    /** The file name's ending, without the dot. */
    String extension();

    String mediaType();

    /**
     * How many rows the progress bar counts to; 0 when not known beforehand without reading much: the job then
     * projects a total from the share of passages written (see {@link JobProgress}).
     */
    default long expectedRows(ExportSource source) {
        return 0;
    }

    void write(ExportSource source, OutputStream out, ExportProgress progress) throws IOException;
}
