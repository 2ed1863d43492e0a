package org.concordia.audit.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.coding.model.AttributeValues;

/**
 * How the audit trail page words a field change for people, where the CSV keeps the stored form: field names as
 * words ("codebook version"), points in time as dates, a coding's attribute values as "subject: Iran; relation:
 * backed", a role or state as a word ("supervisor", "in review"), nothing as a dash. The CSV is for analysis and keeps the values as stored.
 */
final class ChangeText {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss",
            Locale.ENGLISH).withZone(ZoneId.systemDefault());
    private static final Map<String, String> FIELDS = Map.of("attributeValues", "attributes");
    /** Fields that hold one of a fixed set of constants (a role, a state, a kind), stored as SUPERVISOR or IN_REVIEW. */
    private static final java.util.regex.Pattern CHOICE_FIELD = java.util.regex.Pattern.compile(
            "(?i).*(role|state|status|kind|type|result|action|direction)$");
    private static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private ChangeText() {
    }

    /** {@code codebookVersion} as "codebook version". */
    static String field(String field) {
        String known = FIELDS.get(field);
        if (known != null) {
            return known;
        }
        String words = field.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").toLowerCase(Locale.ROOT);
        return words.endsWith(" id") ? words.substring(0, words.length() - 3) : words; // claimTypeId: "claim type"
    }

    /** As {@link #value(String, String)}, with the name of the object an id field points to, when known. */
    static String value(String field, String value, String name) {
        if (name != null && !name.isBlank() && value != null && !value.isEmpty()) {
            return "\u201c" + name + "\u201d";
        }
        return value(field, value);
    }

    static String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "\u2014";
        }
        if (field.equals("attributeValues")) {
            return AttributeValues.decode(value).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (CHOICE_FIELD.matcher(field).matches() && CONSTANT.matcher(value).matches()) {
            return value.replace('_', ' ').toLowerCase(Locale.ROOT); // SUPERVISOR: "supervisor"
        }
        if (value.length() >= 20 && value.length() <= 35 && value.charAt(4) == '-' && value.endsWith("Z")) {
            try {
                return MINUTE.format(Instant.parse(value));
            } catch (DateTimeParseException notAnInstant) {
                return value;
            }
        }
        return value;
    }
}
