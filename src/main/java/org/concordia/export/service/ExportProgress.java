package org.concordia.export.service;

/** What a format reports while it writes: rows written. Cheap to call for every row or every document. */
@FunctionalInterface
public interface ExportProgress {

    void rowsWritten(long rows);

    default void rowWritten() {
        rowsWritten(1);
    }
}
