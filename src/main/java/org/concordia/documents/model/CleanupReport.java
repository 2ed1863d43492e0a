package org.concordia.documents.model;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What clean-up made of a document, in figures: passages by kind, lines removed by reason, joins, OCR corrections
 * and suggestions. Shown on the import review page and in the API's document response (keyed by the kinds' codes,
 * "HEADING", "PAGE_NUMBER", as passages give their kind).
 */
public record CleanupReport(Map<PassageKind, Integer> passagesByKind, Map<CleanupKind, Integer> removedByReason, int joins,
        int corrections, int ocrSuggestions, int readerComments) implements Serializable {

    public static CleanupReport of(List<PassageKind> passageKinds, List<CleanupStep> steps,
            List<OcrSuggestion> suggestions, int readerComments) {
        Map<PassageKind, Integer> kinds = new EnumMap<>(PassageKind.class);
        passageKinds.forEach(kind -> kinds.merge(kind, 1, Integer::sum));
        Map<CleanupKind, Integer> removed = new EnumMap<>(CleanupKind.class);
        int joins = 0;
        int corrections = 0;
        for (CleanupStep step : steps) {
            if (step.undone()) {
                continue;
            }
            switch (step.kind()) {
                case PAGE_BREAK_JOIN, HYPHEN_JOIN -> joins++;
                case OCR_FIX -> corrections++;
                case NOTE, READER_COMMENTS -> { }
                default -> removed.merge(step.kind(), 1, Integer::sum);
            }
        }
        return new CleanupReport(kinds, removed, joins, corrections, suggestions.size(), readerComments);
    }
}
