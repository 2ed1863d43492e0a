package org.concordia.coding.model;

/**
 * The value a coder gave one attribute of one coding: where, of which claim type. What search filters by and what
 * an entity's mentions in codings are.
 */
public record CodedValue(String coder, long documentId, long passageId, long claimTypeId, String attribute,
        String value) {
}
