package org.concordia.coding.web;

import java.io.Serializable;
import java.util.List;
import org.concordia.search.model.SearchHit;
import org.concordia.search.model.SearchResult;

/**
 * Find in the document on the coding screen ({@code code.xhtml?document=5&find=Kadhimi&hit=2}): the passages with
 * the words, in reading order, and which of them is at hand. Previous and next go round, as in any editor's find.
 */
public record FindInDocument(String query, List<SearchHit> hits, int index, boolean cut) implements Serializable {

    public FindInDocument {
        hits = List.copyOf(hits);
        index = hits.isEmpty() ? 0 : Math.floorMod(index, hits.size());
    }

    /** What the search found in the document, with the {@code hit}-th passage (from 0) at hand. */
    public static FindInDocument of(SearchResult result, int hit) {
        List<SearchHit> hits = result.documents().isEmpty() ? List.of() : result.documents().get(0).hits();
        return new FindInDocument(result.query(), hits, hit, result.cut());
    }

    public boolean found() {
        return !hits.isEmpty();
    }

    /** The passage at hand, or null when nothing was found. */
    public SearchHit current() {
        return hits.isEmpty() ? null : hits.get(index);
    }

    /** Whether {@code passageId} is the passage at hand: the screen outlines it. */
    public boolean isCurrent(long passageId) {
        return current() != null && current().passageId() == passageId;
    }

    /** 1 for the first hit: "2 of 7". */
    public int number() {
        return index + 1;
    }

    public int previous() {
        return Math.floorMod(index - 1, Math.max(1, hits.size()));
    }

    public int next() {
        return Math.floorMod(index + 1, Math.max(1, hits.size()));
    }

    public long passageOf(int hit) {
        return hits.get(hit).passageId();
    }
}
