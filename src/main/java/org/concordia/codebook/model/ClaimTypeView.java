package org.concordia.codebook.model;

import java.io.Serializable;

/** A claim type as screens and exports see it, with its depth in the tree (0 at the top). */
public record ClaimTypeView(long id, String guid, Long parentId, int depth, ClaimTypeDraft draft)
        implements Serializable {

    public String name() {
        return draft.name();
    }

    /** Names from the top down to this one: "Attribution of stance / Support". */
    public String path(java.util.Map<Long, ClaimTypeView> byId) {
        ClaimTypeView parent = parentId == null ? null : byId.get(parentId);
        return parent == null ? name() : parent.path(byId) + " / " + name();
    }
}
