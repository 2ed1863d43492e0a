package org.concordia.documents.model;

import java.io.Serializable;

/**
 * A place a passage can be split: before the sentence starting at {@code offset} (code points into the document's
 * cleaned text), shown by the sentence's first words.
 */
public record SplitPoint(int offset, String sentenceStart) implements Serializable {
}
