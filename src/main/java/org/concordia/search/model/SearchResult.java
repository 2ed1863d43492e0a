package org.concordia.search.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a search found: passages grouped by document, how many ({@code passages}, at most the number shown;
 * {@code cut} when there were more), and for each entity the query named, the other names it was searched by
 * ("Mustafa al-Kadhimi: Mustafa al-Kazimi, Mustafa Al-Kazemi"); and the memos and review comments with the
 * query's words ({@code notes}), which the searcher may read; {@code indexing}, when not null, says that the
 * project's index is still being built and how far it is.
 */
public record SearchResult(String query, List<DocumentHits> documents, int passages, boolean cut,
        List<String> alsoSearched, List<NoteHit> notes, IndexingProgress indexing) implements Serializable {

    public SearchResult {
        documents = List.copyOf(documents);
        alsoSearched = List.copyOf(alsoSearched);
        notes = List.copyOf(notes);
    }

    /** Passages found, without memos or comments. */
    public SearchResult(String query, List<DocumentHits> documents, int passages, boolean cut,
            List<String> alsoSearched) {
        this(query, documents, passages, cut, alsoSearched, List.of(), null);
    }

    /** The same result, said to be from an index still being built. */
    public SearchResult whileIndexing(IndexingProgress progress) {
        return new SearchResult(query, documents, passages, cut, alsoSearched, notes, progress);
    }

    public static SearchResult nothing(String query) {
        return new SearchResult(query, List.of(), 0, false, List.of());
    }
}
