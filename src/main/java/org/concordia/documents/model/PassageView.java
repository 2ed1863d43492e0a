package org.concordia.documents.model;

import java.io.Serializable;

/** A passage with its text, as the document page and the coding screen show it. */
public record PassageView(long id, int position, PassageKind kind, int start, int end, String text,
        boolean excluded, String direction) implements Serializable {

    public PassageView(long id, int position, PassageKind kind, int start, int end, String text, boolean excluded) {
        this(id, position, kind, start, end, text, excluded, TextDirection.LTR);
    }

    public boolean rightToLeft() {
        return TextDirection.RTL.equals(direction);
    }

    /** The passage's text from {@code from} to {@code to}: document code points, end exclusive, clipped to it. */
    public String quote(int from, int to) {
        int length = text.codePointCount(0, text.length());
        int a = Math.max(0, Math.min(length, from - start));
        int b = Math.max(a, Math.min(length, to - start));
        return text.substring(text.offsetByCodePoints(0, a), text.offsetByCodePoints(0, b));
    }
}
