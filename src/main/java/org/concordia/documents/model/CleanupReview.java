package org.concordia.documents.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the import review page shows of one document: its passages, every clean-up decision with its reason,
 * the OCR suggestions and the corrections applied, the figures, and the document of reader comments taken from it
 * (or, for such a document, its article).
 */
public record CleanupReview(DocumentSummary document, List<PassageView> passages, List<CleanupStep> steps,
        List<OcrSuggestion> suggestions, Map<String, String> corrections, CleanupReport report,
        Long commentsDocumentId, Long articleId) implements Serializable {

    /** Clean-up can run again (undo, correct) only before coding starts and not for a comments document. */
    public boolean editable() {
        return !document.frozen() && articleId == null;
    }
}
