package org.concordia.search.model;

import java.io.Serializable;
import java.util.List;
import org.concordia.claims.model.EntityView;

/**
 * Every mention of an entity across a project's sources, under every name it goes by: the codings whose entity
 * attributes name it (at most {@code SHOWN}; {@code codingsCut} when there were more) and the passages whose text
 * names it, as a search for its name finds them.
 */
public record EntityMentions(EntityView entity, List<CodedMention> inCodings, boolean codingsCut,
        SearchResult inText) implements Serializable {
}
