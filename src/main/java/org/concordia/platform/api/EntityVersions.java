package org.concordia.platform.api;

import jakarta.ws.rs.core.EntityTag;
import org.concordia.platform.errors.InvalidInputException;

/**
 * Optimistic concurrency over HTTP: a thing's version goes out as its ETag, and an update that sends it back as
 * {@code If-Match} is refused with 412 when the thing has changed since ({@code StaleVersionException}).
 */
public final class EntityVersions {

    private EntityVersions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match names ({@code "3"}, {@code W/"3"}); null when absent or {@code *}. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.coding.ifMatchNamesNoVersion", ifMatch);
        }
    }
}
