package org.concordia.documents.model;

import java.io.Serializable;

/**
 * A word of a document that looks like an OCR misreading, the word it probably is, how often it occurs and why it
 * is suggested ("l read for I"; "the document has Iraq 40 times").
 */
public record OcrSuggestion(String word, String replacement, int occurrences, String reason) implements Serializable {
}
