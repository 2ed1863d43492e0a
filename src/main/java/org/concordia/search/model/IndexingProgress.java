package org.concordia.search.model;

import java.io.Serializable;

/**
 * How far the background indexing of a project's documents has come: {@code done} of {@code total} documents.
 * While it runs, a search finds the passages of the documents indexed so far.
 */
public record IndexingProgress(int done, int total) implements Serializable {

    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
