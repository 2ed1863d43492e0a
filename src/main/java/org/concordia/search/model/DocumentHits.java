package org.concordia.search.model;

import java.io.Serializable;
import java.util.List;

/** The passages of one document a search found, in reading order. */
public record DocumentHits(long documentId, String title, List<SearchHit> hits) implements Serializable {

    public DocumentHits {
        hits = List.copyOf(hits);
    }
}
