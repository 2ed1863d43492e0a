package org.concordia.coding.model;

import java.io.Serializable;
import java.util.List;

/** The first codings of a selection, in document and text order, and how many the selection holds in all. */
public record CodingPage(List<CodingView> codings, long total) implements Serializable {

    public CodingPage {
        codings = List.copyOf(codings);
    }

    /** Whether the selection holds more codings than these. */
    public boolean cut() {
        return total > codings.size();
    }
}
