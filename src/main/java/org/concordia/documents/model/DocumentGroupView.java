package org.concordia.documents.model;

import java.io.Serializable;
import java.util.List;

/** A group of documents as pages and the API show it: its name, description and the ids of its documents. */
public record DocumentGroupView(long id, String name, String description, List<Long> documentIds)
        implements Serializable {

    public int size() {
        return documentIds.size();
    }

    public boolean contains(long documentId) {
        return documentIds.contains(documentId);
    }
}
