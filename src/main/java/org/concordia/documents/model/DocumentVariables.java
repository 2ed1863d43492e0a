package org.concordia.documents.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * A document's variables, name to value in their order, with their version: a fingerprint of the names, values and
 * order, so that two reads of the same variables have the same version and any change gives another. What the REST
 * API sends as the ETag and checks an If-Match against.
 */
public record DocumentVariables(Map<String, String> values, long version) {

    public DocumentVariables {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public static DocumentVariables of(Map<String, String> values) {
        return new DocumentVariables(values, fingerprint(values));
    }

    private static long fingerprint(Map<String, String> values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            values.forEach((name, value) -> {
                // lengths first, so that no two different lists of names and values hash the same bytes
                digest.update(ByteBuffer.allocate(8).putInt(name.length()).putInt(value.length()).array());
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(value.getBytes(StandardCharsets.UTF_8));
            });
            return ByteBuffer.wrap(digest.digest()).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
