package org.concordia.coding.model;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A coding's attribute values, kept in one column as {@code name=value&name=value} (URL-encoded), so that the audit
 * trail shows their changes as text and nothing needs a JSON library.
 */
public final class AttributeValues {

    /** The most the encoded values may take: the width of the attribute_values columns. */
    public static final int MAX_ENCODED = 8000;

    private AttributeValues() {
    }

    public static String encode(Map<String, String> values) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue().strip()))
                .collect(Collectors.joining("&"));
    }

    public static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
