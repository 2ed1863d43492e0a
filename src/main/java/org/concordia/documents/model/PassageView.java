package org.concordia.documents.model;

import java.io.Serializable;

/** A passage with its text, as the document page and the coding screen show it. */
public record PassageView(long id, int position, PassageKind kind, int start, int end, String text,
        boolean excluded) implements Serializable {
}
