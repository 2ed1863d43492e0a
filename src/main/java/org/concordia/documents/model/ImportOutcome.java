package org.concordia.documents.model;

import java.io.Serializable;

/**
 * What became of one file of an import.
 *
 * @param message for people: why it was skipped or failed; null when imported
 * @param documentId the new document, or the existing one a duplicate repeats; null on failure
 */
public record ImportOutcome(String fileName, Result result, String message, Long documentId, int passages,
        int readerComments) implements Serializable {

    public ImportOutcome(String fileName, Result result, String message, Long documentId, int passages) {
        this(fileName, result, message, documentId, passages, 0);
    }

    /** The same outcome, noting that the page's reader comments went into a document of their own. */
    public ImportOutcome withComments(int comments) {
        return new ImportOutcome(fileName, result, message, documentId, passages, comments);
    }

    public enum Result {
        IMPORTED("imported"),
        DUPLICATE("skipped as duplicate"),
        FAILED("failed");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static ImportOutcome imported(String fileName, long documentId, int passages) {
        return new ImportOutcome(fileName, Result.IMPORTED, null, documentId, passages);
    }

    public static ImportOutcome duplicate(String fileName, long existingId, String existingTitle) {
        return new ImportOutcome(fileName, Result.DUPLICATE,
                "the same file is in this project already as \u201c" + existingTitle + "\u201d", existingId, 0);
    }

    public static ImportOutcome failed(String fileName, String reason) {
        return new ImportOutcome(fileName, Result.FAILED, reason, null, 0);
    }
}
