package org.concordia.documents.model;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import org.concordia.platform.text.Explanation;

/**
 * What became of one file of an import.
 *
 * @param message for people: why it was skipped or failed, in English (what the API says); null when imported
 * @param explanation the same in any language, for pages; not in the API's answer
 * @param documentId the new document, or the existing one a duplicate repeats; null on failure
 */
public record ImportOutcome(String fileName, Result result, String message,
        @JsonbTransient Explanation explanation, Long documentId, int passages, int readerComments)
        implements Serializable {

    private ImportOutcome(String fileName, Result result, Explanation explanation, Long documentId, int passages) {
        this(fileName, result, explanation == null ? null : explanation.english(), explanation, documentId, passages,
                0);
    }

    /** The same outcome, noting that the page's reader comments went into a document of their own. */
    public ImportOutcome withComments(int comments) {
        return new ImportOutcome(fileName, result, message, explanation, documentId, passages, comments);
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
                Explanation.of("import.sameFileAlready", existingTitle), existingId, 0);
    }

    public static ImportOutcome failed(String fileName, Explanation reason) {
        return new ImportOutcome(fileName, Result.FAILED, reason, null, 0);
    }
}
