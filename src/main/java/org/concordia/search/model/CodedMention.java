package org.concordia.search.model;

import java.io.Serializable;

/**
 * A coding that names an entity in one of its entity attributes: where (document, passage), as what (claim type,
 * attribute), in which spelling (value), by whom.
 */
public record CodedMention(long documentId, String title, long passageId, int position, String claimType,
        String attribute, String value, String coder) implements Serializable {
}
