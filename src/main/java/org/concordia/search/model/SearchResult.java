package org.concordia.search.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a search found: passages grouped by document, how many ({@code passages}, at most the number shown;
 * {@code cut} when there were more), and for each entity the query named, the other names it was searched by
 * ("Mustafa al-Kadhimi: Mustafa al-Kazimi, Mustafa Al-Kazemi").
 */
public record SearchResult(String query, List<DocumentHits> documents, int passages, boolean cut,
        List<String> alsoSearched) implements Serializable {

    public SearchResult {
        documents = List.copyOf(documents);
        alsoSearched = List.copyOf(alsoSearched);
    }

    public static SearchResult nothing(String query) {
        return new SearchResult(query, List.of(), 0, false, List.of());
    }
}
