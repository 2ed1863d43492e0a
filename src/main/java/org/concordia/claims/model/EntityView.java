package org.concordia.claims.model;

import java.io.Serializable;
import java.util.List;

/** An entity with its names, as pages and other features see it. */
public record EntityView(long id, long projectId, EntityKind kind, String name, List<AliasView> aliases)
        implements Serializable {

    /** One of its names; {@code declared} for an alias somebody declared, not a spelling found in codings. */
    public record AliasView(long id, String alias, boolean declared) implements Serializable {
    }
}
