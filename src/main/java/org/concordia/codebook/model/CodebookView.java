package org.concordia.codebook.model;

import java.io.Serializable;
import java.util.List;

/** A project's codebook: its version, its claim types in tree order, its change log (newest first). */
public record CodebookView(long projectId, int version, boolean inUse, List<ClaimTypeView> claimTypes,
        List<CodebookChange.ChangeView> changes) implements Serializable {
}
