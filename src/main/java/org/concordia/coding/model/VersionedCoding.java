package org.concordia.coding.model;

import java.io.Serializable;

/** A coding with the version an update must name to change it (the REST API's ETag and If-Match). */
public record VersionedCoding(CodingView coding, long version) implements Serializable {
}
