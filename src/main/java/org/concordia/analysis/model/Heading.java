package org.concordia.analysis.model;

import java.io.Serializable;

/**
 * One row or column of a table: the key its cells are filtered by (a document id, an outlet's name, "2021-05", a
 * claim type id; empty for "none given"), and its label. A label of null means "none given", which the page words.
 */
public record Heading(String key, String label) implements Serializable {

    /** Whether this heading gathers the documents that say nothing about the detail (no outlet, no date). */
    public boolean none() {
        return key.isEmpty();
    }
}
