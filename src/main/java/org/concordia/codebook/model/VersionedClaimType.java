package org.concordia.codebook.model;

/** A claim type with the version of its row, which the REST API sends as ETag and expects back as If-Match. */
public record VersionedClaimType(ClaimTypeView claimType, long version) {
}
