package org.concordia.coding.model;

/**
 * In how many passages one coder applied both claim types ({@code claimTypeId} below {@code otherClaimTypeId}), or,
 * when the two are the same, in how many passages the claim type was applied at all: one cell of a co-occurrence
 * table, counted by the database.
 */
public record CoOccurrence(long claimTypeId, long otherClaimTypeId, long passages) {
}
