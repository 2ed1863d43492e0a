package org.concordia.export.service;

/** What a format reports while it writes: another row written. Cheap to call for every row. */
@FunctionalInterface
public interface ExportProgress {

    void rowWritten();
}
