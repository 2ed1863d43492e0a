package org.concordia.codebook.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The codebook as a tree: what lies below a claim type. */
public final class ClaimTypeTree {

    private ClaimTypeTree() {
    }

    /** The claim types chosen and every one below them, at any depth ("Attribution of stance": Support, ...). */
    public static Set<Long> withDescendants(Set<Long> chosen, List<ClaimTypeView> types) {
        Set<Long> all = new HashSet<>(chosen);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ClaimTypeView t : types) {
                if (t.parentId() != null && all.contains(t.parentId()) && all.add(t.id())) {
                    grew = true;
                }
            }
        }
        return all;
    }
}
