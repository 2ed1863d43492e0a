package org.concordia.documents.service;

import org.concordia.documents.model.PassageKind;

/** A heading, paragraph, list item or note of a source, as a format's reader found it; a passage to be. */
public record SourceBlock(PassageKind kind, String text, int page) {

    public SourceBlock withText(String newText) {
        return new SourceBlock(kind, newText, page);
    }
}
