package org.concordia.documents.service;

import java.util.List;
import java.util.Map;
import org.concordia.documents.model.OcrSuggestion;

/** Words of a document that look like OCR misreadings, and what they probably are. */
final class OcrRepair {

    private OcrRepair() {
    }

    static List<OcrSuggestion> suggestions(String text, Map<String, String> applied) {
        return List.of();
    }
}
