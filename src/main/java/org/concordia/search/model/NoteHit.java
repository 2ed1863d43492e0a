package org.concordia.search.model;

import java.io.Serializable;
import java.util.List;

/**
 * A coder's memo or a reviewer's comment with the query's words, where it belongs (document, passage and its
 * position from 0), who wrote it, and its text around the words as pieces to mark.
 */
public record NoteHit(Kind kind, long documentId, String title, long passageId, int position, String author,
        List<SearchHit.Piece> context) implements Serializable {

    public NoteHit {
        context = List.copyOf(context);
    }

    /** What was written: a memo on a coding, or a comment in the review of a passage. */
    public enum Kind {
        MEMO,
        COMMENT
    }
}
