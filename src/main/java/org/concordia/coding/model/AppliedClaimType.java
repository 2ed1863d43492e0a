package org.concordia.coding.model;

/**
 * That a coder applied a claim type somewhere in a passage: all that consensus needs of a coding, so that it can be
 * read for a whole document without the codings' offsets, attributes and memos.
 */
public record AppliedClaimType(long passageId, String coder, long claimTypeId) {

    public static AppliedClaimType of(CodingView coding) {
        return new AppliedClaimType(coding.passageId(), coding.coder(), coding.claimTypeId());
    }
}
